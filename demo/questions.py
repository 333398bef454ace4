"""The demo quiz in Indonesian: a bank of scenarios on the neutrality topics ASN face, each with its ruling and the
clause (demo/regulations.py) it tests, or, where the answer is advice rather than a clause's ruling, its guidance
source (who says so), which learners see labelled "Panduan".

The bank is written to resist test-wise guessing (tests/demo/test_bank_balance.py measures it): the key is the longest
option in about a quarter of the single-choice questions, a quarter of the keys permit the act, options that start
"Boleh" are as common among keys as among distractors, true/false keys are split between "Benar" and "Salah", there is
no "semua jawaban di atas", and negative stems say TIDAK in capitals.
Work units named here are the demo regency's own (demo/people.py UNITS)."""

QUIZ = {
    "title": "Kuis Netralitas ASN",
    "slug": "kuis",
    "pass_mark": 80,
    "draw_count": 10,
    "draw_per_topic": 1,
    "intro": (
        "<p>Setiap percobaan berisi 10 soal, satu dari setiap topik, yang diambil secara acak dari bank soal. Nilai "
        "lulus 80. Nilai dihitung di server setelah Anda mengirim jawaban. Peserta yang lulus mendapat sertifikat.</p>"
        "<p>Pembahasan yang berlabel <b>Panduan</b> berisi arahan dengan sumbernya, bukan bunyi pasal; pembahasan "
        "berlabel <b>Ketentuan</b> menautkan pasal yang diuji.</p>"
    ),
}

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"
TF_BENAR = [("Benar", True), ("Salah", False)]
TF_SALAH = [("Benar", False), ("Salah", True)]


def _q(
    text,
    kind,
    choices,
    explanation,
    *,
    topic,
    clause,
    guidance="",
    guidance_url="",
    lenient=None,
    verify="",
    weight=1,
    scoring="all",
):
    """`lenient`, for true/false only: the answer that would let the act pass ("Benar" or "Salah"), used by the
    bank's balance checks; a permissive key is one whose answer permits the act."""
    return {
        "text": text,
        "kind": kind,
        "weight": weight,
        "explanation": explanation,
        "choices": choices,
        "topic": topic,
        "clause": clause,
        "guidance": guidance,
        "guidance_url": guidance_url,
        "lenient": lenient,
        "verify": verify,
        "scoring": scoring,
    }


SE_BATANG = "se-bupati-batang-800-169-2023"
PP94 = "pp-94-2021"
SKB = "skb-netralitas-2022"
PP42 = "pp-42-2004"
UU20 = "uu-20-2023"
PP49 = "pp-49-2018"
SE18 = "se-menpanrb-18-2023"
UU7 = "uu-7-2017"
UU10 = "uu-10-2016"

# Guidance sources (who says so), as the review shows them.
G_PJ_BUPATI = "Arahan lisan Pj Bupati Batang, 2 Oktober 2023 (bimata.id); saran tim materi"
G_PJ_BUPATI_URL = "https://bimata.id/2023/10/pemkab-batang-meminta-asn"
G_TIM = "Penafsiran tim materi pelatihan ini (belum ada sumber resmi yang menyebutnya)"
G_HAK_PILIH = "Pernyataan Mendagri Tito Karnavian dan pimpinan Bawaslu tentang hak pilih dan kehadiran pasif ASN"
G_KEDIRI = "Tanya jawab sosialisasi netralitas ASN di Kediri, November 2023 (khoiri.com)"
G_KEDIRI_URL = "https://khoiri.com/?p=3640"
G_BKN_POSE = "Daftar pose yang harus dihindari ASN, BKN (@bkngoidofficial), November 2023"
G_KEMENDAGRI = "Kemendagri memperingatkan kepala daerah yang mengabaikan rekomendasi KASN (Kompas, 1 November 2020)"
G_PENGADUAN = "Alur pengaduan netralitas ASN menurut pemberitaan (okezone 14 Oktober 2020; kaltenglima.com)"
G_BAWASLU_BATANG = "Bawaslu Batang kepada RMOL, 22 Maret 2023"
G_BAWASLU_BATANG_URL = (
    "https://rmol.id/amp/2023/03/23/568052/bawaslu-batang-larang-asn-like-postingan-politik-jelang-pemilu-2024"
)
G_PALPOS = "Pemberitaan Palpos: kampanye di fasilitas pendidikan dilarang"

QUESTIONS = [
    # --- Kewajiban netralitas ---------------------------------------------------------------------------------------
    _q(
        "Seorang PPPK di Dinas Kesehatan menulis komentar \u201cLanjutkan, Pak!\u201d pada unggahan kampanye seorang "
        "calon anggota DPRD. Larangan netralitas tidak berlaku baginya karena ia bukan PNS.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. Menjaga netralitas adalah kewajiban setiap pegawai ASN, baik PNS maupun PPPK (UU 20/2023 Pasal 24 "
        "ayat (1) huruf d). Hukuman disiplin bagi PPPK dijatuhkan dengan tata cara disiplin PNS (PP 49/2018 Pasal 52 "
        "ayat (3)).",
        topic="kewajiban-netralitas",
        clause=(UU20, "pasal-24-ayat-1-huruf-d"),
        lenient="Benar",
    ),
    _q(
        "Seorang kepala seksi berkata kepada stafnya: \u201cLarangan mengajak orang memilih calon hanya berlaku "
        "selama masa kampanye; di luar masa itu kita bebas.\u201d Pernyataan ini benar.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. PP 94/2021 Pasal 5 huruf n angka 5 dan 6 melarang keputusan, tindakan, dan kegiatan yang mengarah "
        "pada keberpihakan kepada calon sebelum, selama, dan sesudah masa kampanye. Bertindak sebelum masa kampanye "
        "dimulai, misalnya sebelum 25 September 2024 untuk Pilkada, tetap tidak aman.",
        topic="kewajiban-netralitas",
        clause=(PP94, "pasal-5-huruf-n"),
        lenient="Benar",
    ),
    _q(
        "Dalam orientasi pegawai baru di Badan Kepegawaian Daerah, peserta membahas kewajiban pegawai ASN dalam "
        "UU 20/2023 Pasal 24 ayat (1). Manakah yang termasuk kewajiban itu?",
        MULTIPLE,
        [
            ("Menjaga netralitas", True),
            ("Setia dan taat kepada Pancasila, UUD 1945, NKRI, dan pemerintah yang sah", True),
            ("Bersedia ditempatkan di mana saja", True),
            ("Menyalurkan aspirasi politik melalui keanggotaan partai politik", False),
            ("Mendukung calon yang programnya sejalan dengan tugas instansi", False),
        ],
        "UU 20/2023 Pasal 24 ayat (1) memuat lima kewajiban ASN: kesetiaan dan ketaatan kepada Pancasila, UUD 1945, "
        "NKRI, dan pemerintah yang sah; ketaatan pada peraturan; pelaksanaan nilai dasar dan kode etik; menjaga "
        "netralitas (huruf d); serta kesediaan ditempatkan di mana saja. Keanggotaan partai justru berujung "
        "pemberhentian, dan mendukung calon mana pun melanggar netralitas.",
        topic="kewajiban-netralitas",
        clause=(UU20, "pasal-24-ayat-1-huruf-d"),
        scoring="partial",
    ),
    _q(
        "Dalam rapat staf Dinas Komunikasi dan Informatika, seorang pegawai berpendapat bahwa ASN boleh mendukung "
        "bupati petahana yang kembali mencalonkan diri, karena ASN menjalankan program bupati tersebut. Bagaimana "
        "menilai pendapat itu?",
        SINGLE,
        [
            ("Keliru; netralitas berarti tidak memihak siapa pun, termasuk petahana", True),
            (
                "Tepat, sebab mendukung petahana sama saja dengan mendukung program pemerintah daerah yang berjalan",
                False,
            ),
            ("Tepat, asalkan dukungan hanya disampaikan di lingkungan kantor", False),
            ("Tepat, karena petahana adalah pimpinan para ASN di daerah", False),
        ],
        "ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik (UU 20/2023 Pasal 9 ayat (2)). "
        "Menjalankan program pemerintah adalah tugas kedinasan, sedangkan mendukung pencalonan seseorang, termasuk "
        "petahana, adalah keberpihakan politik.",
        topic="kewajiban-netralitas",
        clause=(UU20, "pasal-9-ayat-2"),
    ),
    _q(
        "Seorang tenaga honorer di Dinas Komunikasi dan Informatika memberi tanda suka (like) pada unggahan kampanye "
        "seorang pasangan calon bupati. Larangan netralitas juga berlaku baginya.",
        TRUE_FALSE,
        TF_BENAR,
        "Benar. Pegawai non-ASN (honorer) terikat daftar pelanggaran netralitas yang sama dengan ASN, dengan sanksi "
        "berjenjang sampai pemutusan kontrak (SE MenPANRB 01/2023). Bawaslu Batang juga menyatakan larangan ini "
        "berlaku bagi pegawai kontrak dan honorer.",
        topic="kewajiban-netralitas",
        clause=("se-menpanrb-1-2023", "ppnpn"),
        lenient="Salah",
    ),
    _q(
        "Seorang PNS di Kecamatan Warungasem dimasukkan ke grup WhatsApp relawan seorang calon oleh kenalannya, "
        "tanpa diminta. Dengan dimasukkan saja, ia sudah melanggar netralitas.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. Dimasukkan ke grup oleh orang lain tidak tercantum sebagai pelanggaran. Ini panduan, bukan bunyi "
        "pasal: Pj Bupati Batang meminta ASN tidak membagikan ulang konten bernuansa politik, dan tim materi "
        "menyarankan keluar dari grup, karena bertahan di grup relawan dapat dinilai sebagai bergabung.",
        topic="kewajiban-netralitas",
        clause=None,
        guidance=G_PJ_BUPATI,
        guidance_url=G_PJ_BUPATI_URL,
        lenient="Salah",
    ),
    # --- Bakal calon, calon, dan pencalonan -------------------------------------------------------------------------
    _q(
        "Pada awal Agustus 2024, sebelum KPU menetapkan pasangan calon Pilkada, seorang PNS di Dinas Pendidikan dan "
        "Kebudayaan memberi tanda suka (like) dan mengomentari unggahan seorang bakal calon bupati. Bagaimana "
        "penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran kode etik; sanksi moral", True),
            ("Tidak melanggar, karena KPU belum menetapkan pasangan calon", False),
            ("Pelanggaran disiplin berat, sama seperti terhadap calon yang sudah ditetapkan KPU", False),
            ("Pemberhentian tidak dengan hormat", False),
        ],
        "Sebelum penetapan KPU (Pilkada 2024: 22 September 2024), yang ada adalah bakal calon. Menyukai atau "
        "mengomentari unggahan bakal calon tercantum sebagai pelanggaran kode etik (SKB Netralitas ASN 2022, kode etik "
        "angka 4) dan dikenai sanksi moral menurut PP 42/2004 Pasal 15. Setelah penetapan, perbuatan yang sama "
        "diancam hukuman disiplin berat.",
        topic="pencalonan",
        clause=(SKB, "etik-4"),
    ),
    _q(
        "Dalam Pilkada 2024, sejak kapan bakal pasangan calon bupati dan wakil bupati menjadi pasangan calon?",
        SINGLE,
        [
            ("Sejak penetapan oleh KPU pada 22 September 2024", True),
            ("Sejak pendaftaran pasangan dibuka pada 27 Agustus 2024", False),
            ("Sejak hari pertama kampanye, 25 September 2024", False),
            ("Sejak partai politik mengumumkan dukungannya kepada pasangan itu", False),
        ],
        "Menurut jadwal PKPU 2/2024, pasangan didaftarkan 27\u201329 Agustus 2024 dan ditetapkan KPU pada 22 September "
        "2024; nomor urut diundi 23 September dan kampanye dimulai 25 September 2024. Sejak penetapan, pelanggaran "
        "terhadap pasangan calon dinilai sebagai pelanggaran disiplin, bukan lagi kode etik.",
        topic="pencalonan",
        clause=("pkpu-2-2024", "jadwal"),
    ),
    _q(
        "Seorang PNS di Bagian Organisasi Setda ingin maju sebagai calon bupati. Tanpa mengambil cuti di luar "
        "tanggungan negara (CLTN), ia mendatangi beberapa partai politik untuk meminta dukungan. Bagaimana "
        "penilaiannya?",
        SINGLE,
        [
            ("Hukuman disiplin sedang, karena ia mendekati partai tanpa CLTN", True),
            ("Tidak melanggar, karena ia belum ditetapkan sebagai calon", False),
            ("Pelanggaran kode etik dengan sanksi moral", False),
            ("Hukuman disiplin berat, sama seperti menjadi tim kampanye", False),
        ],
        "SKB Netralitas ASN 2022 (disiplin angka 3) mencantumkan pendekatan kepada partai politik atau masyarakat "
        "sebagai bakal calon tanpa CLTN sebagai pelanggaran disiplin dengan ancaman hukuman sedang. Butir ini memakai "
        "istilah bakal calon, jadi berlaku sebelum penetapan KPU.",
        topic="pencalonan",
        clause=(SKB, "disiplin-3"),
    ),
    _q(
        "Pada Juli 2024, seorang PNS di Inspektorat Daerah diminta menjadi \u201ctim ahli\u201d penyusun visi dan misi "
        "seorang bakal calon bupati. Jika ia menerimanya, apa ancamannya menurut SKB Netralitas ASN 2022?",
        SINGLE,
        [
            ("Hukuman disiplin sedang; setelah penetapan pasangan calon, berat", True),
            ("Tidak ada, karena tim ahli bukan tim kampanye resmi", False),
            ("Pelanggaran kode etik saja, karena yang dibantu masih bakal calon", False),
            ("Tidak ada, asalkan ia tidak dibayar", False),
        ],
        "Menjadi tim ahli, tim pemenangan, atau konsultan bakal calon sebelum penetapan diancam hukuman disiplin "
        "sedang (SKB, disiplin angka 9); setelah penetapan, hukuman disiplin berat (angka 10).",
        topic="pencalonan",
        clause=(SKB, "disiplin-9"),
    ),
    _q(
        "Seorang PNS di Bagian Hukum Setda bersedia masuk tim kampanye resmi seorang pasangan calon presiden "
        "pada Pemilu 2024. Manakah penilaian yang tepat?",
        SINGLE,
        [
            ("Dilarang; ini juga pidana pemilu, kurungan paling lama 1 tahun dan denda paling banyak Rp12 juta", True),
            ("Boleh, karena tim kampanye bekerja di luar jam kantor", False),
            ("Sanksi moral", False),
            (
                "Hukuman disiplin ringan saja, karena tim kampanye bekerja di luar jam kantor dan tanpa seragam",
                False,
            ),
        ],
        "ASN dilarang ikut serta sebagai pelaksana atau tim kampanye Pemilu (UU 7/2017 Pasal 280 ayat (3)); "
        "pelanggarannya diancam kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000 (Pasal 494), di "
        "samping hukuman disiplin.",
        topic="pencalonan",
        clause=(UU7, "pasal-280-ayat-3"),
    ),
    _q(
        "Pada Juli 2024, spanduk bergambar seorang bakal calon bupati dipasang oleh seorang PNS di pagar rumahnya. "
        "Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran kode etik dengan sanksi moral", True),
            ("Tidak melanggar, karena pagar rumah adalah milik pribadi", False),
            ("Pelanggaran disiplin berat", False),
            ("Pemberhentian tidak dengan hormat", False),
        ],
        "Memasang spanduk atau alat peraga bakal calon tercantum sebagai pelanggaran kode etik dengan sanksi moral "
        "(SKB, kode etik angka 1). Setelah pasangan calon ditetapkan, memasang alat peraganya diancam hukuman "
        "disiplin berat (disiplin angka 1).",
        topic="pencalonan",
        clause=(SKB, "etik-1"),
    ),
    _q(
        "Seorang PNS di Dinas Kesehatan memberikan surat dukungan disertai fotokopi KTP-nya kepada bakal calon bupati "
        "jalur perseorangan. Karena calonnya belum ditetapkan KPU, PNS itu paling berat hanya dikenai sanksi moral.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. Memberi surat dukungan disertai fotokopi KTP diancam hukuman disiplin berat (PP 94/2021 Pasal 5 huruf "
        "n angka 7 jo. Pasal 14 huruf i). SKB Netralitas ASN 2022 (disiplin angka 11) memakai istilah bakal calon "
        "untuk butir ini, karena dukungan KTP dikumpulkan sebelum penetapan.",
        topic="pencalonan",
        clause=(SKB, "disiplin-11"),
        lenient="Benar",
    ),
    # --- Media sosial -----------------------------------------------------------------------------------------------
    _q(
        "Seorang PNS di Dinas Pendidikan dan Kebudayaan memberi tanda suka (like) pada unggahan Instagram pasangan "
        "calon presiden yang sudah ditetapkan KPU. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dilarang bagi semua ASN; hukuman disiplin berat", True),
            ("Boleh, karena tanda suka bukan komentar atau unggahan", False),
            ("Pelanggaran kode etik saja, karena tanda suka tidak disertai kata-kata dukungan", False),
            ("Dilarang hanya bagi pejabat struktural", False),
        ],
        "Menyukai unggahan calon adalah dukungan di media sosial yang tercantum dalam SKB Netralitas ASN 2022 "
        "(disiplin angka 6); pemberitaan SE Bupati Batang 800/169/2023 menyebut larangan yang sama. Karena calonnya "
        "sudah ditetapkan KPU, ancamannya hukuman disiplin berat, bagi semua ASN dan di luar jam kerja sekalipun.",
        topic="media-sosial",
        clause=(SKB, "disiplin-6"),
    ),
    _q(
        "Manakah yang TIDAK dilarang bagi ASN di media sosial selama masa kampanye?",
        MULTIPLE,
        [
            ("Menyimak siaran debat calon di kanal YouTube resmi KPU", True),
            ("Membaca berita tentang program para calon di portal berita", True),
            ("Menulis komentar pujian pada unggahan seorang calon", False),
            ("Mengikuti (follow) akun tim pemenangan seorang calon", False),
        ],
        "Larangan di media sosial menyasar dukungan: mengunggah, mengomentari, membagikan, menyukai, dan bergabung "
        "atau mengikuti grup dan akun tim pemenangan (SKB, disiplin angka 6). Menyimak debat dan membaca berita untuk "
        "menentukan pilihan tidak termasuk larangan itu; mengikuti akun tim pemenangan termasuk.",
        topic="media-sosial",
        clause=(SKB, "disiplin-6"),
        scoring="partial",
    ),
    _q(
        "Seorang PNS di Kecamatan Batang dimasukkan ke grup WhatsApp relawan seorang calon oleh kenalannya, tanpa "
        "diminta. Apa yang sebaiknya ia lakukan?",
        SINGLE,
        [
            ("Keluar dari grup dan tidak meneruskan pesan apa pun dari sana", True),
            ("Tetap di grup dan sesekali meneruskan pesan yang menurutnya bermanfaat bagi keluarga", False),
            ("Membalas dengan stiker jempol supaya sopan", False),
            ("Mengajak rekan kantor bergabung agar tahu perkembangan", False),
        ],
        "Dimasukkan ke grup oleh orang lain tidak tercantum sebagai pelanggaran, jadi jawaban ini panduan, bukan bunyi "
        "pasal. Pj Bupati Batang meminta ASN tidak membagikan ulang konten bernuansa politik, dan tim materi "
        "menyarankan keluar dari grup, karena bertahan di grup relawan dapat dinilai sebagai bergabung.",
        topic="media-sosial",
        clause=None,
        guidance=G_PJ_BUPATI,
        guidance_url=G_PJ_BUPATI_URL,
    ),
    _q(
        "Seorang staf di Inspektorat Daerah meneruskan video kampanye pasangan calon presiden ke grup WhatsApp "
        "kantornya. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dilarang; juga kegiatan keberpihakan di unit kerja, diancam berat", True),
            ("Boleh, karena grup WhatsApp bukan media sosial", False),
            ("Hukuman disiplin ringan", False),
            ("Cukup teguran lisan, karena grupnya tertutup", False),
        ],
        "Membagikan konten calon dilarang (SKB, disiplin angka 6). Karena dikirim ke rekan sekantor, perbuatan ini "
        "juga kegiatan yang mengarah pada keberpihakan kepada pegawai di unit kerjanya (PP 94/2021 Pasal 5 huruf n "
        "angka 6), yang diancam hukuman disiplin berat.",
        topic="media-sosial",
        clause=(PP94, "pasal-5-huruf-n"),
    ),
    _q(
        "Atas kemauannya sendiri, seorang PNS di Dinas Kesehatan bergabung ke grup Facebook \u201cRelawan "
        "Pemenangan\u201d seorang pasangan calon bupati, meskipun tidak pernah berkomentar di sana. Perbuatan ini "
        "termasuk yang dilarang.",
        TRUE_FALSE,
        TF_BENAR,
        "Benar. Bergabung dengan atau mengikuti grup maupun akun tim pemenangan calon sudah dilarang, tanpa perlu "
        "berkomentar (SKB, disiplin angka 6). Berbeda dengan dimasukkan orang lain tanpa diminta, di sini PNS itu "
        "sendiri yang memilih bergabung.",
        topic="media-sosial",
        clause=(SKB, "disiplin-6"),
        lenient="Salah",
    ),
    _q(
        "Seorang PNS di Dinas Komunikasi dan Informatika mengunci akun Instagram-nya, lalu membagikan unggahan "
        "kampanye seorang calon ke daftar \u201cteman dekat\u201d saja. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dilarang; membagikan tetap membagikan, akun terkunci sekalipun", True),
            ("Boleh, karena akun yang dikunci bukan ruang publik", False),
            ("Pelanggaran kode etik saja", False),
            ("Cukup dihapus setelah 24 jam agar tidak dinilai sebagai dukungan", False),
        ],
        "Membagikan konten calon tercantum sebagai larangan (SKB, disiplin angka 6), dan ringkasan butir itu tidak "
        "menyebut pengecualian untuk akun terkunci. Lagi pula unggahan di akun terkunci mudah beredar lewat tangkapan "
        "layar.",
        topic="media-sosial",
        clause=(SKB, "disiplin-6"),
    ),
    _q(
        "Seorang PNS di Kecamatan Batang ingin memasang bingkai foto profil (twibbon) bertuliskan dukungan kepada "
        "pasangan calon bupati di Facebook-nya. Apa sikap yang paling aman?",
        SINGLE,
        [
            ("Tidak memasangnya sama sekali", True),
            ("Memasangnya, karena foto profil adalah ranah pribadi pemilik akun", False),
            ("Memasangnya hanya pada akhir pekan", False),
            ("Memasangnya tanpa mencantumkan jabatan di profil", False),
        ],
        "Ini panduan, bukan bunyi pasal. Tim materi menilai twibbon dukungan sama dengan sosialisasi atau kampanye "
        "calon melalui media sosial (SKB, disiplin angka 2), tetapi belum ada sumber resmi yang menyebut twibbon "
        "secara khusus; karena itu tingkat sanksinya tidak kami sebutkan. Yang aman: tidak memasangnya.",
        topic="media-sosial",
        clause=None,
        guidance=G_TIM,
    ),
    _q(
        "Seorang PNS di Dinas Pendidikan dan Kebudayaan membaca berita tentang visi dan misi para calon di portal "
        "berita. Perbuatan ini melanggar netralitas.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. Daftar larangan di media sosial menyasar dukungan kepada calon: mengunggah, mengomentari, membagikan, "
        "menyukai, dan mengikuti akun atau grup tim pemenangan (SKB, disiplin angka 6). Membaca berita untuk "
        "menentukan pilihan tidak termasuk di dalamnya.",
        topic="media-sosial",
        clause=(SKB, "disiplin-6"),
        lenient="Salah",
    ),
    # --- Foto dan gestur --------------------------------------------------------------------------------------------
    _q(
        "Dalam foto bersama pasangan calon bupati yang sudah ditetapkan KPU, beberapa staf Dinas Kesehatan berpose "
        "dua jari (huruf V). Foto itu kemudian diunggah ke Facebook. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran disiplin berat", True),
            ("Tidak melanggar, karena huruf V umum dipakai sebagai tanda damai dalam foto bersama", False),
            ("Cukup teguran lisan", False),
            ("Hukuman disiplin sedang", False),
        ],
        "Mengunggah ke media yang dapat diakses publik foto bersama calon dengan simbol keberpihakan diancam hukuman "
        "disiplin berat (SKB, disiplin angka 7). Pose dua jari dapat dibaca sebagai nomor urut 2, dan BKN "
        "memasukkannya dalam daftar pose yang harus dihindari.",
        topic="foto-gestur",
        clause=(SKB, "disiplin-7"),
    ),
    _q(
        "Pada sebuah resepsi pernikahan pada bulan Juli 2024, seorang PNS di Dinas Kesehatan berfoto dengan seorang "
        "bakal calon bupati, tanpa gestur apa pun. Ia ingin mengunggah foto itu ke Instagram. Apa yang sebaiknya ia "
        "lakukan?",
        SINGLE,
        [
            ("Menyimpannya hanya untuk diri sendiri, tanpa diunggah", True),
            ("Mengunggahnya, karena bakal calon belum ditetapkan sehingga aturannya belum berlaku", False),
            ("Mengunggahnya dengan keterangan \u201cbukan dukungan\u201d", False),
            ("Mengunggahnya di akun pribadi", False),
        ],
        "SKB Netralitas ASN 2022 (kode etik angka 5) mencantumkan unggahan foto bersama bakal calon di media yang "
        "dapat diakses publik sebagai pelanggaran kode etik dengan sanksi moral. Berfoto di acara keluarga wajar; "
        "mengunggahnya yang dilarang.",
        topic="foto-gestur",
        clause=(SKB, "etik-5"),
    ),
    _q(
        "Selama masa kampanye Pilkada, pegawai Dinas Pendidikan dan Kebudayaan berfoto bersama seusai apel pagi untuk "
        "akun resmi dinas. Pose mana yang sebaiknya dihindari?",
        MULTIPLE,
        [
            ("Mengacungkan jempol", True),
            ("Mengacungkan satu jari telunjuk", True),
            ("Mengacungkan tiga jari", True),
            ("Berdiri tegak dengan kedua tangan di samping badan", False),
            ("Meletakkan kedua tangan di depan badan", False),
        ],
        "Ini panduan BKN (November 2023): ASN diminta tidak meniru pose jari yang dapat dibaca sebagai nomor urut atau "
        "simbol calon, antara lain jempol, satu jari, dua jari, dan tiga jari. Jika foto dengan simbol seperti itu "
        "diunggah bersama calon atau tim suksesnya, berlaku SKB disiplin angka 7 (hukuman disiplin berat).",
        topic="foto-gestur",
        clause=None,
        guidance=G_BKN_POSE,
        scoring="partial",
    ),
    _q(
        "Seorang PNS di Badan Kepegawaian Daerah mengunggah ke Facebook fotonya bersama tetangga, anggota tim sukses "
        "seorang pasangan calon bupati, yang memakai kaos partai. Unggahan ini dapat dikenai hukuman disiplin "
        "walaupun calonnya sendiri tidak ada di foto.",
        TRUE_FALSE,
        TF_BENAR,
        "Benar. Larangan itu juga mencakup foto bersama tim sukses yang memakai atribut partai atau menunjukkan simbol "
        "keberpihakan, bila diunggah ke media yang dapat diakses publik (SKB, disiplin angka 7). Ancamannya hukuman "
        "disiplin berat.",
        topic="foto-gestur",
        clause=(SKB, "disiplin-7"),
        lenient="Salah",
    ),
    _q(
        "Seusai pengajian, seorang calon anggota DPRD yang sudah ditetapkan mengajak jemaah berfoto sambil "
        "mengacungkan tiga jari. Seorang PNS di Kelurahan Kauman ikut berpose, lalu mengunggah fotonya ke Instagram. "
        "Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran disiplin berat, karena foto dengan simbol keberpihakan diunggah", True),
            ("Boleh, karena acaranya pengajian", False),
            ("Hanya sanksi moral, karena yang mengajak berpose adalah calonnya sendiri, bukan PNS itu", False),
            ("Hukuman disiplin sedang", False),
        ],
        "Menghadiri pengajian boleh, tetapi berpose dengan simbol jari bersama calon yang sudah ditetapkan dan "
        "mengunggahnya ke media publik diancam hukuman disiplin berat (SKB, disiplin angka 7).",
        topic="foto-gestur",
        clause=(SKB, "disiplin-7"),
    ),
    _q(
        "Seusai rapat koordinasi, pegawai Dinas Komunikasi dan Informatika berfoto bersama tanpa gestur tangan apa "
        "pun; tidak ada calon atau tim sukses di foto itu. Foto diunggah ke akun resmi dinas. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Boleh; foto kegiatan kantor tanpa gestur dan tanpa calon tidak dilarang", True),
            ("Dilarang mengunggah foto kegiatan kantor selama masa kampanye", False),
            ("Dilarang, kecuali semua pegawai memakai seragam yang sama", False),
            ("Pelanggaran kode etik, karena diunggah di tahun politik", False),
        ],
        "Larangan foto menyasar foto bersama calon, bakal calon, atau tim suksesnya yang menunjukkan simbol "
        "keberpihakan (SKB, disiplin angka 7 dan kode etik angka 5). Daftar BKN berisi pose jari dan gestur tangan "
        "yang harus dihindari; foto tanpa gestur dan tanpa calon tidak termasuk.",
        topic="foto-gestur",
        clause=(SKB, "disiplin-7"),
        guidance=G_BKN_POSE,
    ),
    # --- Kampanye dan atribut ---------------------------------------------------------------------------------------
    _q(
        "Seorang PNS di Dinas Pendidikan dan Kebudayaan ikut kampanye terbuka seorang pasangan calon pada hari Minggu "
        "dengan memakai kaos partai. Hukuman disiplin apa yang mengancamnya menurut PP 94/2021?",
        SINGLE,
        [
            ("Hukuman disiplin sedang", True),
            ("Pelanggaran disiplin ringan", False),
            ("Tidak ada, karena hari Minggu bukan hari kerja dan ia datang sebagai warga biasa", False),
            ("Sanksi moral", False),
        ],
        "Menjadi peserta kampanye dengan memakai atribut partai dilarang (PP 94/2021 Pasal 5 huruf n angka 2) dan "
        "diancam hukuman disiplin sedang (Pasal 13 huruf g). Hari libur tidak menghapus status dan kewajiban ASN.",
        topic="kampanye",
        clause=(PP94, "pasal-13-huruf-g"),
    ),
    _q(
        "Sepulang kantor, seorang PNS di Kecamatan Batang langsung datang ke kampanye terbuka pasangan calon bupati "
        "dengan masih memakai seragam PNS. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Peserta kampanye dengan atribut PNS: hukuman disiplin sedang", True),
            ("Tidak melanggar, karena jam kerjanya sudah selesai", False),
            ("Hukuman disiplin berat, karena seragam PNS dianggap fasilitas negara yang dipakai berkampanye", False),
            ("Pemberhentian tidak dengan hormat", False),
        ],
        "Menjadi peserta kampanye dengan memakai atribut PNS, termasuk seragamnya, dilarang (PP 94/2021 Pasal 5 huruf "
        "n angka 2) dan diancam hukuman disiplin sedang (Pasal 13 huruf g).",
        topic="kampanye",
        clause=(PP94, "pasal-13-huruf-g"),
    ),
    _q(
        "Seorang PNS di Kecamatan Warungasem sedang cuti tahunan dan ingin datang ke kampanye terbuka pasangan calon "
        "bupati hanya untuk mendengarkan visi dan misi. Apa sikap yang paling tepat?",
        SINGLE,
        [
            (
                "Berisiko; sebaiknya tidak hadir, dan bila hadir tetap pasif: tanpa atribut, yel-yel, foto, unggahan",
                True,
            ),
            ("Bebas ikut kegiatan kampanye, karena status ASN berhenti selama cuti", False),
            ("Wajib meminta izin tertulis dari atasan sebelum hadir", False),
            ("Boleh hadir dan mengajak rekan kantor agar ramai", False),
        ],
        "Ini wilayah abu-abu. Mendagri dan pimpinan Bawaslu menyatakan ASN boleh hadir untuk mendengarkan secara "
        "pasif, tetapi PP 94/2021 Pasal 5 huruf n angka 1 melarang PNS ikut kampanye, dan cuti tidak menghapus status "
        "ASN; karena itu kehadiran seperti ini sebaiknya dianggap berisiko tinggi.",
        topic="kampanye",
        clause=(PP94, "pasal-5-huruf-n"),
        guidance=G_HAK_PILIH,
    ),
    _q(
        "Seorang PNS di Dinas Kesehatan menghadiri kampanye terbuka pasangan calon bupati, ikut meneriakkan yel-yel, "
        "dan mengacungkan salam jari nomor urut pasangan itu. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dukungan aktif; pelanggaran disiplin berat", True),
            ("Tidak melanggar, karena ia tidak memakai atribut partai atau atribut PNS", False),
            ("Hukuman disiplin ringan", False),
            ("Pelanggaran kode etik", False),
        ],
        "Menghadiri deklarasi atau kampanye calon disertai dukungan aktif atau tindakan keberpihakan, seperti yel-yel "
        "dan salam jari, diancam hukuman disiplin berat (SKB, disiplin angka 4). Ketiadaan atribut tidak mengubah "
        "penilaian karena dukungannya ditunjukkan secara aktif.",
        topic="kampanye",
        clause=(SKB, "disiplin-4"),
    ),
    _q(
        "Seorang kepala bidang di Dinas Pendidikan dan Kebudayaan mengajak seluruh stafnya ikut menghadiri kampanye "
        "seorang pasangan calon pada hari Sabtu. Karena di luar jam kerja, ia paling berat hanya dapat dijatuhi "
        "hukuman disiplin ringan.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. Menjadi peserta kampanye dengan mengerahkan PNS lain dilarang (PP 94/2021 Pasal 5 huruf n angka 3) dan "
        "diancam hukuman disiplin berat (Pasal 14 huruf i). Larangan ini tidak bergantung pada jam kerja.",
        topic="kampanye",
        clause=(PP94, "pasal-14-huruf-i"),
        lenient="Benar",
    ),
    _q(
        "Seorang camat mengumpulkan para perangkat desa beserta keluarganya, lalu mengajak mereka memilih satu "
        "pasangan calon bupati. Manakah penilaian yang tepat?",
        SINGLE,
        [
            ("Kegiatan yang mengarah pada keberpihakan: berat", True),
            ("Boleh, karena ajakan hanya disampaikan secara lisan dalam pertemuan tertutup", False),
            ("Sanksi moral, karena perangkat desa bukan PNS", False),
            ("Hukuman disiplin sedang", False),
        ],
        "Mengadakan kegiatan yang mengarah pada keberpihakan (pertemuan, ajakan, imbauan) kepada pegawai, keluarga, "
        "atau masyarakat dilarang (PP 94/2021 Pasal 5 huruf n angka 6) dan diancam hukuman disiplin berat (Pasal 14 "
        "huruf i). Sebutan \u201csedang\u201d di sebagian pemberitaan mengikuti PP 53/2010 yang sudah diganti.",
        topic="kampanye",
        clause=(PP94, "pasal-14-huruf-i"),
    ),
    _q(
        "Seorang PNS memasang baliho pasangan calon bupati yang sudah ditetapkan KPU di halaman rumahnya. Bagaimana "
        "penilaiannya?",
        SINGLE,
        [
            ("Diancam hukuman disiplin berat", True),
            ("Sanksi moral, karena dipasang di rumah sendiri", False),
            ("Tidak melanggar, karena baliho itu dibuat oleh tim pemenangan", False),
            ("Hukuman disiplin sedang, sama seperti ikut kampanye", False),
        ],
        "Memasang spanduk, baliho, atau alat peraga calon diancam hukuman disiplin berat (SKB, disiplin angka 1). "
        "Ini berbeda dengan ikut kampanye atau memakai atribut sebagai peserta kampanye, yang diancam hukuman sedang.",
        topic="kampanye",
        clause=(SKB, "disiplin-1"),
    ),
    # --- Fasilitas negara dan keputusan -----------------------------------------------------------------------------
    _q(
        "Seorang kepala bidang di Badan Kepegawaian Daerah memakai mobil dinas untuk menghadiri kampanye seorang "
        "pasangan calon. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran disiplin berat karena memakai fasilitas negara", True),
            ("Pelanggaran disiplin ringan", False),
            ("Boleh, jika bahan bakarnya dibayar sendiri", False),
            ("Hukuman disiplin sedang", False),
        ],
        "Menjadi peserta kampanye dengan memakai fasilitas negara dilarang (PP 94/2021 Pasal 5 huruf n angka 4) dan "
        "diancam hukuman disiplin berat (Pasal 14 huruf i). Mobil dinas tetap fasilitas negara meskipun bahan bakarnya "
        "dibayar sendiri.",
        topic="fasilitas-negara",
        clause=(PP94, "pasal-14-huruf-i"),
    ),
    _q(
        "Seorang kepala dinas menunda penyaluran bantuan sosial agar dibagikan bersamaan dengan acara kampanye bupati "
        "petahana yang kembali mencalonkan diri dalam Pilkada. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Tindakan yang menguntungkan pasangan calon: berat, dan dapat dipidana", True),
            ("Boleh, karena bantuan tetap sampai ke warga yang berhak menerimanya", False),
            ("Hukuman disiplin ringan", False),
            ("Hanya soal administrasi jadwal", False),
        ],
        "Pejabat ASN dilarang membuat keputusan atau tindakan yang menguntungkan atau merugikan pasangan calon (UU "
        "10/2016 Pasal 71 ayat (1)); pelanggarannya diancam pidana penjara 1\u20136 bulan dan/atau denda Rp600 "
        "ribu\u2013Rp6 juta (Pasal 188). PP 94/2021 Pasal 5 huruf n angka 5 juga mengancamnya dengan hukuman disiplin "
        "berat.",
        topic="fasilitas-negara",
        clause=(UU10, "pasal-71-ayat-1"),
    ),
    _q(
        "Manakah yang TIDAK termasuk memakai fasilitas negara untuk kepentingan calon?",
        MULTIPLE,
        [
            ("Memakai ruang rapat kantor untuk rapat kerja dinas yang terjadwal", True),
            ("Membaca berita pemilu dengan telepon pribadi saat istirahat siang", True),
            ("Meminjamkan aula kantor kepada tim pemenangan untuk rapat konsolidasi", False),
            ("Memakai mobil dinas untuk mengantar logistik kampanye", False),
        ],
        "Memakai fasilitas negara bagi kepentingan calon, seperti aula kantor untuk tim pemenangan atau mobil dinas "
        "untuk logistik kampanye, dilarang dan diancam hukuman disiplin berat (PP 94/2021 Pasal 5 huruf n angka 4 "
        "dan 5; Pasal 14 huruf i). Memakai ruang kantor untuk tugas resmi dan membaca berita dengan telepon pribadi "
        "bukan penyalahgunaan.",
        topic="fasilitas-negara",
        clause=(PP94, "pasal-5-huruf-n"),
        scoring="partial",
    ),
    _q(
        "Seorang kepala bidang di Dinas Pendidikan dan Kebudayaan diminta kakaknya, calon anggota DPRD yang sudah "
        "ditetapkan, mendahulukan perbaikan gedung sekolah di daerah pemilihannya menjelang pemungutan suara. Apa "
        "sikap yang tepat?",
        SINGLE,
        [
            ("Menolak; itu konflik kepentingan", True),
            ("Menyetujui, karena perbaikan gedung sekolah tetap bermanfaat bagi murid", False),
            ("Menyetujui, asalkan anggarannya sudah tersedia", False),
            ("Menyetujui, karena hubungan keluarga tidak diatur", False),
        ],
        "PNS wajib menghindari konflik kepentingan pribadi, kelompok, maupun golongan (PP 42/2004 Pasal 11 huruf c). "
        "Mendahulukan proyek demi keuntungan calon juga termasuk keputusan yang menguntungkan calon, yang dilarang PP "
        "94/2021 Pasal 5 huruf n angka 5 dan diancam hukuman disiplin berat.",
        topic="fasilitas-negara",
        clause=(PP42, "pasal-11-huruf-c"),
    ),
    _q(
        "Tim pemenangan seorang pasangan calon bupati meminta kepala sebuah SD negeri meminjamkan halaman sekolah "
        "untuk kampanye pada hari Minggu. Kepala sekolah itu PNS. Apa yang harus ia lakukan?",
        SINGLE,
        [
            ("Menolak; sekolah adalah fasilitas negara", True),
            ("Mengizinkan, karena hari Minggu sekolah tidak dipakai", False),
            ("Mengizinkan, asalkan pasangan calon lain juga ditawari", False),
            ("Mengizinkan, jika tim pemenangan membayar biaya kebersihan", False),
        ],
        "Meminjamkan fasilitas negara bagi kepentingan calon diancam hukuman disiplin berat (PP 94/2021 Pasal 5 huruf "
        "n dan Pasal 14 huruf i). Pemberitaan juga menyebut kampanye di fasilitas pendidikan dilarang.",
        topic="fasilitas-negara",
        clause=(PP94, "pasal-14-huruf-i"),
        guidance=G_PALPOS,
        verify="Cari pasal larangan kampanye di fasilitas pendidikan (UU 7/2017, UU Pilkada) sebelum dikutip.",
    ),
    _q(
        "Seorang pegawai Kecamatan Warungasem mendampingi musyawarah desa. Kepala desa memakai forum itu untuk "
        "mengarahkan warga memilih satu pasangan calon bupati dan meminta pegawai itu ikut menyampaikan ajakan. Apa "
        "yang boleh dilakukan pegawai itu?",
        SINGLE,
        [
            ("Boleh menjalankan tugas pendampingannya, tetapi menolak ikut menyampaikan ajakan", True),
            ("Boleh ikut menyampaikan ajakan, karena yang meminta adalah kepala desa dan bukan atasannya", False),
            ("Harus meninggalkan desa itu sampai pemungutan suara selesai", False),
            ("Wajib ikut menyampaikan ajakan itu sebagai bagian dari tugas pendampingan", False),
        ],
        "Kepala desa terikat UU 10/2016 Pasal 71 ayat (1): dilarang membuat keputusan atau tindakan yang menguntungkan "
        "pasangan calon (pidana, Pasal 188). ASN tetap boleh menjalankan tugasnya di desa, tetapi ikut menyampaikan "
        "ajakan adalah kegiatan keberpihakan kepada masyarakat (PP 94/2021 Pasal 5 huruf n angka 6).",
        topic="fasilitas-negara",
        clause=(UU10, "pasal-71-ayat-1"),
    ),
    # --- Yang tetap boleh dilakukan ASN -----------------------------------------------------------------------------
    _q(
        "Seorang PNS di Puskesmas Batang I datang ke TPS pada hari pemungutan suara Pilkada, 27 November 2024, dan "
        "memberikan suaranya secara rahasia. Perbuatan ini tidak melanggar netralitas.",
        TRUE_FALSE,
        TF_BENAR,
        "Benar. Ini panduan, bukan bunyi pasal: Mendagri dan pimpinan Bawaslu menegaskan ASN tetap memiliki hak pilih. "
        "Netralitas membatasi ungkapan dukungan, bukan pemberian suara secara rahasia di TPS.",
        topic="hak-asn",
        clause=None,
        guidance=G_HAK_PILIH,
        lenient="Benar",
    ),
    _q(
        "Seorang guru PNS di sebuah SD negeri menyimak siaran debat pasangan calon bupati di rumah dan membahas "
        "program para calon dengan istrinya. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Boleh; menyimak debat untuk menentukan pilihan tidak dilarang", True),
            ("Dilarang, karena menonton debat menunjukkan keberpihakan", False),
            ("Boleh, asalkan ia juga membagikan potongan debat calon pilihannya", False),
            ("Dilarang selama masa kampanye", False),
        ],
        "Larangan dalam PP 94/2021 Pasal 5 huruf n menyasar dukungan kepada calon, misalnya ikut kampanye atau "
        "mengajak orang memilih. Menyimak debat tidak termasuk; membagikan potongan debat untuk mendukung calon "
        "termasuk membagikan konten calon.",
        topic="hak-asn",
        clause=(PP94, "pasal-5-huruf-n"),
    ),
    _q(
        "Manakah yang BOLEH dilakukan ASN selama masa kampanye?",
        MULTIPLE,
        [
            ("Menyimak debat calon di televisi", True),
            ("Memberikan suara secara rahasia di TPS", True),
            ("Menghadiri pengajian yang bukan acara kampanye", True),
            ("Mengikuti akun Instagram tim pemenangan seorang calon", False),
            ("Memberi tanda suka (like) pada unggahan kampanye seorang calon", False),
        ],
        "Hak pilih tetap ada (panduan Mendagri dan Bawaslu), dan menghadiri pengajian yang bukan kampanye boleh "
        "(tanya jawab sosialisasi di Kediri). Mengikuti akun tim pemenangan dan menyukai unggahan calon tercantum "
        "sebagai larangan (SKB, disiplin angka 6).",
        topic="hak-asn",
        clause=(SKB, "disiplin-6"),
        guidance=G_HAK_PILIH + "; " + G_KEDIRI,
        scoring="partial",
    ),
    _q(
        "Seorang PNS di Bagian Hukum Setda ingin membantu keluarganya memilih. Manakah yang BOLEH ia bagikan ke grup "
        "WhatsApp keluarga?",
        SINGLE,
        [
            ("Pengumuman resmi KPU tentang lokasi TPS dan jam pemungutan suara", True),
            ("Video kampanye calon yang menurutnya paling baik", False),
            ("Hasil survei calon pilihannya, dengan komentar dukungan", False),
            ("Poster calon lengkap dengan nomor urutnya", False),
        ],
        "Ini panduan, bukan bunyi pasal: informasi resmi KPU yang tidak memihak calon mana pun tidak termasuk daftar "
        "larangan SKB, yang menyasar konten calon dan tim pemenangannya (disiplin angka 6). Video kampanye, komentar "
        "dukungan, dan poster calon termasuk konten dukungan.",
        topic="hak-asn",
        clause=(SKB, "disiplin-6"),
        guidance=G_TIM,
    ),
    _q(
        "Seorang PNS di Dinas Kesehatan mengikuti pengajian rutin di kampungnya. Seorang calon anggota DPRD yang sudah "
        "ditetapkan ikut hadir sebagai jemaah; acara itu bukan kegiatan kampanye. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Boleh tetap mengikuti pengajian; sebaiknya tidak berfoto dengan caleg itu untuk diunggah", True),
            ("Dilarang; ia harus segera meninggalkan pengajian", False),
            ("Boleh berfoto dan mengunggahnya karena acaranya keagamaan", False),
            ("Dilarang hadir karena calonnya sudah ditetapkan", False),
        ],
        "Ini panduan, bukan bunyi pasal: dalam tanya jawab sosialisasi netralitas di Kediri (November 2023), "
        "narasumber menyatakan menghadiri pengajian yang bukan acara kampanye boleh, dan menyarankan tidak mengunggah "
        "foto bersama calon. Foto biasa tanpa simbol tidak tercantum dalam SKB; bila ada gestur, atribut, atau latar "
        "partai, berlaku disiplin angka 7.",
        topic="hak-asn",
        clause=None,
        guidance=G_KEDIRI,
        guidance_url=G_KEDIRI_URL,
    ),
    _q(
        "Tetangga seorang PNS di Kelurahan Kauman bertanya cara mengecek namanya di daftar pemilih tetap (DPT). PNS "
        "itu menunjukkan laman resmi KPU untuk pengecekan DPT. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Boleh; informasi resmi KPU tidak memihak calon mana pun", True),
            ("Dilarang, karena ASN tidak boleh membicarakan pemilu dengan warga", False),
            ("Dilarang, kecuali ia petugas KPU", False),
            ("Pelanggaran kode etik, karena terjadi menjelang pemungutan suara", False),
        ],
        "Ini panduan, bukan bunyi pasal: membantu warga memakai layanan resmi KPU tidak termasuk daftar larangan, yang "
        "menyasar dukungan kepada calon (PP 94/2021 Pasal 5 huruf n; SKB, disiplin angka 6). Yang harus dihindari: "
        "menyelipkan ajakan memilih calon tertentu.",
        topic="hak-asn",
        clause=(PP94, "pasal-5-huruf-n"),
        guidance=G_TIM,
    ),
    _q(
        "Seorang PNS di Dinas Pendidikan dan Kebudayaan tetap menjalankan program beasiswa daerah sesuai jadwal "
        "selama masa kampanye, walaupun program itu dicanangkan bupati petahana yang kembali mencalonkan diri. "
        "Perbuatan ini melanggar netralitas.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. Menjalankan program pemerintah sesuai jadwal adalah tugas kedinasan. Yang dilarang adalah keputusan "
        "atau tindakan yang menguntungkan atau merugikan calon, misalnya menggeser jadwal penyaluran agar bertepatan "
        "dengan kampanye petahana (PP 94/2021 Pasal 5 huruf n angka 5).",
        topic="hak-asn",
        clause=(PP94, "pasal-5-huruf-n"),
        lenient="Salah",
    ),
    # --- Sanksi -----------------------------------------------------------------------------------------------------
    _q(
        "Apa bentuk hukuman disiplin sedang menurut PP 94/2021?",
        SINGLE,
        [
            ("Potongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan", True),
            ("Penundaan kenaikan gaji berkala selama satu tahun", False),
            ("Penundaan kenaikan pangkat selama satu tahun, ditambah teguran tertulis dari atasan langsung", False),
            ("Teguran tertulis dari atasan langsung", False),
        ],
        "PP 94/2021 Pasal 8: hukuman sedang berupa pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan. "
        "Penundaan kenaikan gaji berkala dan kenaikan pangkat adalah bentuk hukuman dalam PP 53/2010 yang sudah "
        "diganti, sedangkan teguran tertulis adalah hukuman ringan.",
        topic="sanksi",
        clause=(PP94, "pasal-8"),
    ),
    _q(
        "Manakah yang termasuk bentuk hukuman disiplin berat menurut PP 94/2021?",
        MULTIPLE,
        [
            ("Penurunan jabatan setingkat lebih rendah selama 12 bulan", True),
            ("Pembebasan dari jabatan menjadi pelaksana selama 12 bulan", True),
            ("Pemberhentian dengan hormat tidak atas permintaan sendiri", True),
            ("Penurunan pangkat setingkat lebih rendah selama 3 tahun", False),
            ("Pemotongan tunjangan kinerja 25% selama 12 bulan", False),
        ],
        "PP 94/2021 Pasal 8: hukuman berat berupa penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan "
        "dari jabatan menjadi pelaksana selama 12 bulan, atau pemberhentian dengan hormat tidak atas permintaan "
        "sendiri. Penurunan pangkat selama 3 tahun adalah bentuk lama dari PP 53/2010, sedangkan pemotongan tunjangan "
        "kinerja 25% adalah hukuman sedang.",
        topic="sanksi",
        clause=(PP94, "pasal-8"),
        scoring="partial",
    ),
    _q(
        "Seorang PNS di Dinas Komunikasi dan Informatika ternyata tercatat sebagai pengurus ranting sebuah partai "
        "politik. Apa akibatnya?",
        SINGLE,
        [
            ("Diberhentikan tidak dengan hormat", True),
            ("Pemotongan tunjangan kinerja 25% selama 12 bulan", False),
            ("Pembebasan dari jabatan menjadi pelaksana selama 12 bulan", False),
            ("Tidak ada akibat, asalkan ia tidak mencalonkan diri dalam pemilu", False),
        ],
        "Pegawai ASN yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat (UU 20/2023 "
        "Pasal 52 ayat (3) huruf j jo. ayat (4); sebelumnya UU 5/2014 Pasal 87 ayat (4) huruf c).",
        topic="sanksi",
        clause=(UU20, "pasal-52-ayat-3-huruf-j"),
    ),
    _q(
        "Seorang guru PPPK di sebuah SD negeri terbukti menyebarkan materi kampanye calon di media sosial dan dijatuhi "
        "hukuman disiplin tingkat berat. Apa akibatnya bagi hubungan kerjanya menurut PP 49/2018?",
        SINGLE,
        [
            ("Perjanjian kerjanya diputus dengan hormat tidak atas permintaan sendiri", True),
            ("Perjanjian kerjanya diputus tidak dengan hormat", False),
            ("Perjanjian kerjanya tetap berjalan; PPPK hanya dapat ditegur", False),
            ("Tunjangan kinerjanya dipotong 25%", False),
        ],
        "PPPK yang dijatuhi hukuman disiplin tingkat berat diputus hubungan perjanjian kerjanya dengan hormat tidak "
        "atas permintaan sendiri (PP 49/2018 Pasal 53 ayat (2) huruf b). Pemutusan tidak dengan hormat berlaku bagi "
        "PPPK yang menjadi anggota atau pengurus partai politik (Pasal 53 ayat (3) huruf c).",
        topic="sanksi",
        clause=(PP49, "pasal-53-ayat-2-huruf-b"),
    ),
    _q(
        "Seorang perawat PPPK di Puskesmas Batang I diajak menjadi anggota sebuah partai politik. Ia berpikir larangan "
        "itu hanya untuk PNS. Apa akibatnya bila ia menjadi anggota partai?",
        SINGLE,
        [
            ("Perjanjian kerjanya diputus tidak dengan hormat", True),
            ("Tidak ada akibat, karena PPPK bukan PNS dan terikat perjanjian kerja", False),
            ("Hanya teguran tertulis", False),
            ("Perjanjian kerjanya tidak diperpanjang setelah berakhir", False),
        ],
        "PPPK yang menjadi anggota atau pengurus partai politik diputus hubungan perjanjian kerjanya tidak dengan "
        "hormat (PP 49/2018 Pasal 53 ayat (3) huruf c). UU 20/2023 Pasal 52 juga memberhentikan tidak dengan hormat "
        "setiap ASN yang menjadi anggota partai, baik PNS maupun PPPK.",
        topic="sanksi",
        clause=(PP49, "pasal-53-ayat-3-huruf-c"),
    ),
    _q(
        "Seorang PNS terbukti melanggar kode etik karena menghadiri deklarasi seorang bakal calon bupati. Siapa yang "
        "menyatakan sanksi moralnya, dan dalam bentuk apa?",
        SINGLE,
        [
            ("Hanya PPK (Bupati), secara tertulis, tertutup atau terbuka", True),
            ("Ketua Bawaslu, secara lisan di depan umum", False),
            ("Atasan langsung, berupa pemotongan tunjangan kinerja 25% selama enam bulan", False),
            ("Kepala BKN, berupa pemblokiran data di SIASN", False),
        ],
        "Pelanggaran kode etik dikenai sanksi moral yang dibuat tertulis dan dinyatakan oleh Pejabat Pembina "
        "Kepegawaian (PPK), berupa pernyataan secara tertutup atau terbuka (PP 42/2004 Pasal 15). Di Kabupaten Batang, "
        "PPK adalah Bupati. Menghadiri deklarasi bakal calon tercantum dalam SKB (kode etik angka 3).",
        topic="sanksi",
        clause=(PP42, "pasal-15"),
    ),
    # --- Pasangan calon ---------------------------------------------------------------------------------------------
    _q(
        "Suami seorang PNS di Dinas Pendidikan dan Kebudayaan adalah calon wakil bupati. Bolehkah PNS itu berfoto "
        "bersama suaminya?",
        SINGLE,
        [
            ("Boleh, asalkan tanpa simbol tangan atau gestur dukungan", True),
            ("Tidak boleh sama sekali selama masa Pilkada", False),
            ("Boleh, termasuk berpose dengan jari sesuai nomor urut pasangan suaminya", False),
            ("Hanya boleh setelah ia mengambil cuti di luar tanggungan negara", False),
        ],
        "SE MenPANRB 18/2023 membolehkan ASN berfoto bersama pasangannya yang menjadi calon, asalkan tanpa simbol "
        "tangan atau gestur. CLTN diwajibkan bila ASN mendampingi pasangannya dalam kampanye, dan ASN tetap tidak "
        "boleh menunjukkan dukungan di media sosial.",
        topic="pasangan-calon",
        clause=(SE18, "boleh"),
    ),
    _q(
        "Seorang PPPK di Dinas Kesehatan memberi tanda suka (like) dan membagikan unggahan kampanye suaminya, seorang "
        "calon anggota DPRD. Ini boleh karena yang didukung adalah suaminya sendiri.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. SE MenPANRB 18/2023, yang juga berlaku bagi PPPK, melarang ASN yang pasangannya menjadi calon "
        "menyukai, mengomentari, membagikan, atau mengunggah dukungan di media sosial. Hubungan keluarga tidak "
        "menghapus kewajiban netral.",
        topic="pasangan-calon",
        clause=(SE18, "dilarang"),
        lenient="Benar",
    ),
    _q(
        "Istri seorang camat menjadi calon anggota DPRD Provinsi Jawa Tengah. Camat itu ingin mendampingi istrinya "
        "dalam kegiatan kampanye. Apa yang harus ia penuhi?",
        SINGLE,
        [
            ("Mengambil CLTN, lalu hadir tanpa ikut aktif berkampanye dan tanpa atribut", True),
            ("Cukup mengambil cuti tahunan, lalu boleh ikut berorasi karena yang didukung istrinya sendiri", False),
            ("Cukup meminta izin lisan kepada bupati", False),
            ("Tidak ada syarat, karena ia mendampingi keluarga sendiri", False),
        ],
        "SE MenPANRB 18/2023 mewajibkan ASN yang mendampingi pasangannya dalam kampanye mengambil cuti di luar "
        "tanggungan negara (CLTN), dan selama hadir ia tidak boleh ikut aktif atau memakai atribut. Ikut kampanye "
        "pasangan tanpa CLTN tercantum sebagai pelanggaran kode etik (SKB, kode etik angka 7).",
        topic="pasangan-calon",
        clause=(SE18, "cltn"),
    ),
    _q(
        "Suami seorang PNS di Badan Kepegawaian Daerah menjadi calon anggota DPR RI. Manakah yang BOLEH dilakukan PNS "
        "tersebut?",
        MULTIPLE,
        [
            ("Menjadi pembicara dalam acara partai pengusung suaminya", False),
            ("Memakai kaos bergambar suaminya saat mendampingi kegiatannya", False),
            ("Mendampingi suaminya pada acara perkenalan calon", True),
            ("Mendampingi suaminya saat pendaftaran di KPU", True),
        ],
        "SE MenPANRB 18/2023 melarang ASN yang pasangannya menjadi calon memakai atribut instansi, partai, atau calon, "
        "serta menjadi pembicara dalam kegiatan partai. Mendampingi pasangan saat pendaftaran di KPU dan pada acara "
        "perkenalan dibolehkan oleh surat edaran yang sama.",
        topic="pasangan-calon",
        clause=(SE18, "boleh"),
        scoring="partial",
    ),
    _q(
        "Seorang PNS di Dinas Komunikasi dan Informatika mendampingi istrinya, calon anggota DPRD, saat pendaftaran "
        "di KPU, tanpa memakai atribut apa pun. Perbuatan ini dibolehkan.",
        TRUE_FALSE,
        TF_BENAR,
        "Benar. SE MenPANRB 18/2023 membolehkan ASN mendampingi pasangannya saat pendaftaran di KPU/KPUD dan pada "
        "acara perkenalan. Yang tetap dilarang: memakai atribut, ikut aktif berkampanye, dan menunjukkan dukungan di "
        "media sosial.",
        topic="pasangan-calon",
        clause=(SE18, "boleh"),
        lenient="Benar",
    ),
    _q(
        "Seorang PNS yang sudah mengambil cuti di luar tanggungan negara (CLTN) hadir di kampanye suaminya, seorang "
        "calon anggota DPRD, dan duduk di kursi penonton tanpa atribut dan tanpa ikut berorasi. Menurut SE MenPANRB "
        "18/2023, kehadiran ini dibolehkan.",
        TRUE_FALSE,
        TF_BENAR,
        "Benar. SE MenPANRB 18/2023 membolehkan ASN hadir di kampanye pasangannya tanpa ikut aktif, dengan CLTN. "
        "Tanpa CLTN, ikut kampanye pasangan tercantum sebagai pelanggaran kode etik (SKB, kode etik angka 7).",
        topic="pasangan-calon",
        clause=(SE18, "cltn"),
        lenient="Benar",
    ),
    # --- Pelaporan dan penegakan ------------------------------------------------------------------------------------
    _q(
        "Seorang kepala bidang mengetahui stafnya berulang kali mengunggah dukungan kepada seorang calon, tetapi "
        "memilih diam agar suasana kantor tetap nyaman. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Ia dapat dihukum lebih berat daripada stafnya", True),
            ("Hanya staf yang dapat dihukum; atasan tidak ikut bertanggung jawab atas unggahan pribadi", False),
            ("Atasan cukup mengingatkan stafnya setelah pemilu selesai", False),
            ("Atasan hanya dapat dikenai sanksi moral", False),
        ],
        "Atasan langsung yang mengetahui pelanggaran disiplin bawahannya tetapi tidak memanggil, memeriksa, atau "
        "melaporkannya dijatuhi hukuman yang lebih berat daripada hukuman bagi pelanggarnya (PP 94/2021 Pasal 28).",
        topic="penegakan",
        clause=(PP94, "pasal-28"),
    ),
    _q(
        "Seorang kepala subbagian mendapat kabar bahwa stafnya memasang spanduk seorang pasangan calon di pagar "
        "rumahnya. Sebagai atasan langsung, ia wajib memanggil dan memeriksa staf itu tanpa menunggu pengaduan resmi.",
        TRUE_FALSE,
        TF_BENAR,
        "Benar. Penegakan disiplin adalah tanggung jawab atasan langsung; PNS yang diduga melanggar disiplin dipanggil "
        "dan diperiksa tanpa harus menunggu pengaduan (PP 94/2021 Pasal 26 ayat (1)). Memasang spanduk calon "
        "tercantum dalam SKB Netralitas ASN 2022 (disiplin angka 1).",
        topic="penegakan",
        clause=(PP94, "pasal-26-ayat-1"),
        lenient="Salah",
    ),
    _q(
        "Setelah KASN dibubarkan pada 2024, Bawaslu Kabupaten Batang menemukan dugaan pelanggaran netralitas oleh "
        "seorang PNS. Ke mana Bawaslu meneruskannya sebelum PPK menjatuhkan sanksi?",
        SINGLE,
        [
            ("Ke BKN (Deputi Bidang Pengawasan dan Pengendalian)", True),
            ("Ke KASN, seperti sebelumnya, karena tugasnya belum dialihkan", False),
            ("Ke KPU Kabupaten Batang", False),
            ("Ke kepolisian", False),
        ],
        "UU 20/2023 membubarkan KASN, yang berhenti bekerja pada Agustus 2024. SE MenPANRB 4/2024, merujuk Perpres "
        "91/2024 dan 92/2024, mengalihkan pengawasan netralitas ke BKN. Alurnya: Bawaslu \u2192 BKN (Deputi Bidang "
        "Pengawasan dan Pengendalian) \u2192 rekomendasi \u2192 PPK menjatuhkan sanksi.",
        topic="penegakan",
        clause=("se-menpanrb-4-2024", "pengawasan-bkn"),
    ),
    _q(
        "BKN telah menyampaikan rekomendasi sanksi bagi seorang PNS yang tidak netral, tetapi PPK tidak "
        "menindaklanjutinya. Apa yang dapat terjadi?",
        MULTIPLE,
        [
            ("BKN memblokir data kepegawaian PNS itu di SIASN", True),
            ("Kenaikan pangkat, mutasi, dan pensiun PNS itu tertahan sampai sanksi dijalankan", True),
            ("Kasusnya dianggap selesai karena PPK tidak bertindak", False),
            ("BKN langsung memberhentikan PNS itu tanpa keputusan PPK", False),
        ],
        "Jika rekomendasi diabaikan, BKN dapat memblokir data atau layanan kepegawaian ASN itu di SIASN (Peraturan BKN "
        "1/2023), sehingga kenaikan pangkat, mutasi, dan pensiun tertahan sampai sanksi dijalankan. Penjatuhan sanksi "
        "tetap wewenang PPK.",
        topic="penegakan",
        clause=("peraturan-bkn-1-2023", "pemblokiran-siasn"),
        scoring="partial",
    ),
    _q(
        "Seorang warga Batang melihat video seorang PNS membagikan kaos bergambar calon kepada warga. Ke mana ia dapat "
        "melaporkannya?",
        MULTIPLE,
        [
            ("Bawaslu Kabupaten Batang", True),
            ("Kanal pengaduan LAPOR! (lapor.go.id)", True),
            ("KPU Kabupaten Batang, yang menjatuhkan hukuman disiplin kepada ASN", False),
            ("Pengadilan negeri, karena setiap pelanggaran netralitas adalah perkara pidana", False),
        ],
        "Ini panduan, bukan bunyi pasal: menurut pemberitaan tentang alur pengaduan, laporan masyarakat diterima "
        "Bawaslu dan juga masuk melalui LAPOR!. KPU tidak menjatuhkan hukuman disiplin, dan sebagian besar pelanggaran "
        "netralitas adalah pelanggaran disiplin atau etik, bukan pidana.",
        topic="penegakan",
        clause=None,
        guidance=G_PENGADUAN,
        scoring="partial",
    ),
    _q(
        "PPK yang terus mengabaikan rekomendasi sanksi netralitas dapat dikenai sanksi oleh Kemendagri atau "
        "KemenPANRB. Pernyataan ini benar.",
        TRUE_FALSE,
        TF_BENAR,
        "Benar. Ini panduan, bukan bunyi pasal: pada 2020 Kemendagri memperingatkan 67 kepala daerah dan memberi "
        "mereka 3 hari untuk menindaklanjuti 131 rekomendasi KASN, dan pemberitaan menyebut PPK yang mengabaikan "
        "rekomendasi dapat dikenai sanksi oleh Kemendagri atau KemenPANRB.",
        topic="penegakan",
        clause=None,
        guidance=G_KEMENDAGRI,
        lenient="Salah",
    ),
    _q(
        "Seorang PNS di Inspektorat Daerah melaporkan dugaan pelanggaran netralitas rekan kerjanya ke Bawaslu, dengan "
        "tangkapan layar sebagai bukti. Dengan melapor, ia sendiri melanggar netralitas.",
        TRUE_FALSE,
        TF_SALAH,
        "Salah. Ini panduan, bukan bunyi pasal: menurut pemberitaan tentang alur pengaduan, laporan dugaan pelanggaran "
        "netralitas diterima Bawaslu, termasuk dari sesama pegawai. Melapor dengan bukti bukan dukungan kepada calon.",
        topic="penegakan",
        clause=None,
        guidance=G_PENGADUAN,
        lenient="Salah",
    ),
]
