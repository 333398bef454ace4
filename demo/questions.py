"""The demo quiz in Indonesian: a bank of scenarios on the neutrality topics ASN face, each with its ruling and basis
in the explanation, its topic and the clause (demo/regulations.py) it tests.
Grey zones (passive attendance, being added to a group, private accounts, photos with a bakal calon) are worded as
guidance ("berisiko", "sebaiknya"), not as settled law, and are never true/false questions."""

QUIZ = {
    "title": "Kuis Netralitas ASN",
    "slug": "kuis",
    "pass_mark": 80,
    "draw_count": 10,
    "intro": (
        "<p>Setiap percobaan berisi 10 soal yang diambil secara acak dari bank soal. Nilai lulus 80. Nilai dihitung "
        "di server setelah Anda mengirim jawaban. Peserta yang lulus mendapat sertifikat.</p>"
    ),
}

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"


def _q(text, kind, choices, explanation, *, topic, clause, weight=1, scoring="all"):
    return {
        "text": text,
        "kind": kind,
        "weight": weight,
        "explanation": explanation,
        "choices": choices,
        "topic": topic,
        "clause": clause,
        "scoring": scoring,
    }


SE_BATANG = "se-bupati-batang-800-169-2023"
PP94 = "pp-94-2021"
SKB = "skb-netralitas-2022"
PP42 = "pp-42-2004"
UU20 = "uu-20-2023"
PP49 = "pp-49-2018"
SE18 = "se-menpanrb-18-2023"


QUESTIONS = [
    # --- Kewajiban netralitas ---------------------------------------------------------------------------------------
    _q(
        "Seorang PPPK di Dinas Kesehatan menulis komentar \u201cLanjutkan, Pak!\u201d pada unggahan kampanye seorang "
        "calon anggota DPRD. Larangan netralitas tidak berlaku baginya karena ia bukan PNS.",
        TRUE_FALSE,
        [("Benar", False), ("Salah", True)],
        "Salah. Menjaga netralitas adalah kewajiban setiap pegawai ASN, baik PNS maupun PPPK (UU 20/2023 Pasal 24 "
        "ayat (1) huruf d). Hukuman disiplin bagi PPPK dijatuhkan dengan tata cara disiplin PNS (PP 49/2018 Pasal 52 "
        "ayat (3)).",
        topic="kewajiban-netralitas",
        clause=(UU20, "pasal-24-ayat-1-huruf-d"),
    ),
    _q(
        "Seorang PNS di Puskesmas Bandar datang ke TPS pada hari pemungutan suara Pilkada, 27 November 2024, dan "
        "memberikan suaranya secara rahasia. Perbuatan ini tidak melanggar netralitas.",
        TRUE_FALSE,
        [("Benar", True), ("Salah", False)],
        "Benar. Menjaga netralitas adalah kewajiban ASN (UU 20/2023 Pasal 24 ayat (1) huruf d), tetapi ASN tetap "
        "memiliki hak pilih. Netralitas membatasi ungkapan dukungan, bukan pemberian suara secara rahasia di TPS.",
        topic="kewajiban-netralitas",
        clause=(UU20, "pasal-24-ayat-1-huruf-d"),
    ),
    _q(
        "Seorang Kepala Seksi berkata kepada stafnya: \u201cLarangan mengajak orang memilih calon hanya berlaku "
        "selama masa kampanye; di luar masa itu kita bebas.\u201d Pernyataan ini benar.",
        TRUE_FALSE,
        [("Benar", False), ("Salah", True)],
        "Salah. PP 94/2021 Pasal 5 huruf n angka 5 dan 6 melarang keputusan, tindakan, dan kegiatan yang mengarah "
        "pada keberpihakan kepada calon sebelum, selama, dan sesudah masa kampanye. Bertindak sebelum masa kampanye "
        "dimulai, misalnya sebelum 25 September 2024 untuk Pilkada, tetap tidak aman.",
        topic="kewajiban-netralitas",
        clause=(PP94, "pasal-5-huruf-n"),
    ),
    _q(
        "Dalam orientasi pegawai baru di BKD Kabupaten Batang, peserta membahas kewajiban pegawai ASN dalam UU 20/2023 "
        "Pasal 24 ayat (1). Manakah yang termasuk kewajiban itu?",
        MULTIPLE,
        [
            ("Menjaga netralitas", True),
            ("Setia dan taat kepada Pancasila, UUD 1945, NKRI, dan pemerintah yang sah", True),
            ("Bersedia ditempatkan di mana saja di wilayah NKRI", True),
            ("Menyalurkan aspirasi politik melalui keanggotaan partai", False),
            ("Mendukung calon yang programnya sejalan dengan tugas instansi", False),
        ],
        "UU 20/2023 Pasal 24 ayat (1) memuat lima kewajiban ASN: kesetiaan dan ketaatan kepada Pancasila, UUD 1945, "
        "NKRI, dan pemerintah yang sah; ketaatan pada peraturan; pelaksanaan nilai dasar dan kode etik; menjaga "
        "netralitas (huruf d); serta kesediaan ditempatkan di mana saja. Keanggotaan partai justru berujung "
        "pemberhentian, dan mendukung calon mana pun melanggar netralitas.",
        topic="kewajiban-netralitas",
        clause=(UU20, "pasal-24-ayat-1-huruf-d"),
    ),
    _q(
        "Dalam rapat staf sebuah dinas, seorang pegawai berpendapat bahwa ASN boleh mendukung bupati petahana yang "
        "kembali mencalonkan diri, karena ASN menjalankan program bupati tersebut. Bagaimana menilai pendapat itu?",
        SINGLE,
        [
            ("Keliru; netralitas berarti tidak berpihak kepada siapa pun, termasuk petahana", True),
            ("Tepat, karena mendukung petahana sama dengan mendukung program pemerintah", False),
            ("Tepat, asalkan dukungan hanya disampaikan di lingkungan kantor", False),
            ("Tepat, jika petahana didukung partai mayoritas di DPRD", False),
        ],
        "ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik (UU 20/2023 Pasal 9 ayat (2)); "
        "netralitas berarti tidak memihak kepentingan siapa pun. Menjalankan program pemerintah adalah tugas "
        "kedinasan, sedangkan mendukung pencalonan seseorang, termasuk petahana, adalah keberpihakan politik.",
        topic="kewajiban-netralitas",
        clause=(UU20, "pasal-9-ayat-2"),
    ),
    # --- Media sosial -----------------------------------------------------------------------------------------------
    _q(
        "Seorang PNS di Dinas Pertanian menekan tombol suka (like) pada unggahan Instagram pasangan calon presiden "
        "yang sudah ditetapkan KPU. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dilarang; termasuk pelanggaran disiplin berat", True),
            ("Boleh, karena hanya menekan tombol suka", False),
            ("Boleh, asalkan dilakukan di luar jam kerja", False),
            ("Hanya dilarang bagi pejabat struktural", False),
        ],
        "Menyukai unggahan calon adalah bentuk dukungan di media sosial yang dilarang SKB Netralitas ASN 2022 (butir "
        "pelanggaran disiplin 6) dan SE Bupati Batang 800/169/2023. Karena calonnya sudah ditetapkan KPU, ancamannya "
        "hukuman disiplin berat, bagi semua ASN dan di luar jam kerja sekalipun.",
        topic="media-sosial",
        clause=(SKB, "disiplin-6"),
    ),
    _q(
        "Manakah yang dilarang bagi ASN Pemkab Batang menurut SE Bupati Batang 800/169/2023 terkait konten calon di "
        "media sosial?",
        MULTIPLE,
        [
            ("Mengunggah status berisi ajakan memilih seorang calon", True),
            ("Menulis komentar pujian pada unggahan seorang calon", True),
            ("Membaca berita tentang debat calon di portal berita", False),
            ("Menonton siaran ulang debat calon di kanal YouTube resmi KPU", False),
        ],
        "SE Bupati Batang 800/169/2023 melarang ASN mengunggah, mengomentari, membagikan, dan menyukai konten calon, "
        "serta bergabung atau mengikuti grup dan akun tim pemenangan. Membaca berita atau menonton debat untuk "
        "menentukan pilihan tidak termasuk larangan itu.",
        topic="media-sosial",
        clause=(SE_BATANG, "pokok-2"),
        scoring="partial",
    ),
    _q(
        "Seorang PNS di Kecamatan Warungasem dimasukkan ke grup WhatsApp relawan seorang calon bupati oleh kenalannya, "
        "tanpa diminta. Apa yang sebaiknya ia lakukan?",
        SINGLE,
        [
            ("Keluar dari grup dan tidak meneruskan pesan apa pun dari grup itu", True),
            ("Tetap di grup dan sesekali meneruskan pesan yang menarik", False),
            ("Membalas dengan stiker jempol supaya sopan", False),
            ("Mengajak rekan kantor bergabung agar tidak sendirian", False),
        ],
        "Dimasukkan ke grup oleh orang lain tidak tercantum sebagai pelanggaran, jadi ini arahan, bukan putusan hukum. "
        "Pj Bupati Batang meminta ASN tidak menanggapi dan tidak membagikan ulang konten bernuansa politik (SE Bupati "
        "Batang 800/169/2023), dan bertahan di grup relawan berisiko dinilai sebagai bergabung; sebaiknya keluar.",
        topic="media-sosial",
        clause=(SE_BATANG, "pokok-3"),
    ),
    _q(
        "Seorang staf di Dinas Perindustrian meneruskan video kampanye pasangan calon presiden ke grup WhatsApp "
        "kantornya. Bagaimana penilaiannya?",
        SINGLE,
        [
            (
                "Dilarang; membagikan konten calon sekaligus kegiatan keberpihakan di unit kerja, diancam hukuman "
                "disiplin berat",
                True,
            ),
            ("Boleh, karena grup WhatsApp bukan media sosial", False),
            ("Boleh, asalkan tidak disertai ajakan memilih", False),
            ("Cukup teguran lisan, karena grupnya tertutup", False),
        ],
        "Membagikan konten calon dilarang (SKB Netralitas ASN 2022 butir disiplin 6). Karena dikirim ke rekan "
        "sekantor, perbuatan ini juga kegiatan yang mengarah pada keberpihakan kepada pegawai di unit kerjanya (PP "
        "94/2021 Pasal 5 huruf n angka 6), yang diancam hukuman disiplin berat.",
        topic="media-sosial",
        clause=(SKB, "disiplin-6"),
    ),
    _q(
        "Atas kemauannya sendiri, seorang PNS di Dinas Perikanan bergabung ke grup Facebook \u201cRelawan "
        "Pemenangan\u201d seorang calon bupati, meskipun tidak pernah berkomentar di sana. Perbuatan ini termasuk "
        "yang dilarang.",
        TRUE_FALSE,
        [("Benar", True), ("Salah", False)],
        "Benar. Bergabung dengan atau mengikuti grup maupun akun tim pemenangan calon sudah dilarang, tanpa perlu "
        "berkomentar (SKB Netralitas ASN 2022 butir disiplin 6; SE Bupati Batang 800/169/2023). Berbeda dengan "
        "dimasukkan orang lain tanpa diminta, di sini PNS itu sendiri yang memilih bergabung.",
        topic="media-sosial",
        clause=(SKB, "disiplin-6"),
    ),
    _q(
        "Seorang PNS di Dinas Komunikasi dan Informatika memasang bingkai foto profil (twibbon) bertuliskan dukungan "
        "kepada pasangan calon bupati di akun Facebook-nya. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dilarang; termasuk kampanye calon melalui media sosial", True),
            ("Boleh, karena foto profil adalah ranah pribadi", False),
            ("Boleh, asalkan dipasang di luar jam kerja", False),
            ("Boleh, asalkan tidak mencantumkan jabatannya", False),
        ],
        "Twibbon dukungan adalah materi kampanye yang disebarkan lewat media sosial. SKB Netralitas ASN 2022 (butir "
        "disiplin 2) melarang sosialisasi atau kampanye calon melalui media sosial atau media daring dan mengancamnya "
        "dengan hukuman disiplin berat.",
        topic="media-sosial",
        clause=(SKB, "disiplin-2"),
    ),
    _q(
        "Seorang PNS di Dinas Perdagangan mengunci akun Instagram-nya dan hanya membagikan unggahan seorang calon ke "
        "daftar \u201cteman dekat\u201d. Ia merasa aman. Bagaimana sebaiknya?",
        SINGLE,
        [
            (
                "Tetap berisiko; larangan membagikan konten calon tidak mengecualikan akun privat, jadi sebaiknya "
                "tidak dibagikan",
                True,
            ),
            ("Aman, karena akun privat bukan ruang publik", False),
            ("Aman, selama jumlah pengikutnya sedikit", False),
            ("Aman, asalkan unggahan dihapus setelah 24 jam", False),
        ],
        "SE Bupati Batang 800/169/2023 melarang membagikan konten calon tanpa membedakan akun publik dan privat. "
        "Unggahan di akun terkunci tetap mudah tersebar lewat tangkapan layar, jadi akun privat bukan jaminan aman; "
        "sebaiknya konten calon tidak dibagikan sama sekali.",
        topic="media-sosial",
        clause=(SE_BATANG, "pokok-2"),
    ),
    # --- Foto dan gestur --------------------------------------------------------------------------------------------
    _q(
        "Dalam foto bersama calon bupati yang sudah ditetapkan KPU, beberapa staf Dinas Koperasi berpose dua jari "
        "(huruf V). Foto itu kemudian diunggah ke Facebook. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran disiplin berat", True),
            ("Tidak apa-apa, karena huruf V berarti damai", False),
            ("Cukup teguran lisan", False),
            ("Boleh, asalkan foto diambil di luar kantor", False),
        ],
        "Mengunggah ke media yang dapat diakses publik foto bersama calon dengan simbol keberpihakan diancam hukuman "
        "disiplin berat (SKB Netralitas ASN 2022 butir disiplin 7). Pose dua jari dapat dibaca sebagai nomor urut 2, "
        "dan BKN memasukkannya dalam daftar pose yang harus dihindari.",
        topic="foto-gestur",
        clause=(SKB, "disiplin-7"),
    ),
    _q(
        "Pada sebuah resepsi pernikahan di bulan Juli 2024, seorang PNS di Dinas Kesehatan berfoto dengan seorang "
        "bakal calon bupati, tanpa gestur apa pun. Ia ingin mengunggah foto itu ke Instagram. Apa yang sebaiknya ia "
        "lakukan?",
        SINGLE,
        [
            ("Tidak mengunggahnya ke media sosial", True),
            ("Mengunggahnya, karena bakal calon belum ditetapkan KPU sehingga aturannya belum berlaku", False),
            ("Mengunggahnya dengan keterangan \u201cbukan dukungan\u201d", False),
            ("Mengunggahnya di akun pribadi, bukan di akun kantor", False),
        ],
        "SKB Netralitas ASN 2022 (butir kode etik 5) mencantumkan unggahan foto bersama bakal calon di media yang "
        "dapat diakses publik sebagai pelanggaran kode etik yang dikenai sanksi moral. Berfoto di acara keluarga "
        "wajar, tetapi mengunggahnya berisiko; sebaiknya foto itu tidak diunggah.",
        topic="foto-gestur",
        clause=(SKB, "etik-5"),
    ),
    _q(
        "Selama masa kampanye Pilkada, pegawai Dinas Pendidikan berfoto bersama seusai apel pagi untuk dipasang di "
        "akun resmi dinas. Pose mana yang sebaiknya dihindari?",
        MULTIPLE,
        [
            ("Mengacungkan jempol", True),
            ("Mengacungkan satu jari telunjuk", True),
            ("Mengacungkan tiga jari", True),
            ("Berdiri tegak dengan kedua tangan di samping badan", False),
            ("Meletakkan kedua tangan di depan badan", False),
        ],
        "KemenPANRB dan BKN (November 2023) meminta ASN tidak meniru pose jari yang dapat dibaca sebagai nomor urut "
        "atau simbol calon, antara lain jempol, satu jari, dua jari, dan tiga jari. Jika foto dengan simbol seperti "
        "itu diunggah bersama calon atau tim suksesnya, ancamannya hukuman disiplin berat (SKB Netralitas ASN 2022 "
        "butir disiplin 7).",
        topic="foto-gestur",
        clause=(SKB, "disiplin-7"),
        scoring="partial",
    ),
    _q(
        "Seorang PNS di Dinas Perhubungan mengunggah ke Facebook fotonya bersama tetangga, anggota tim sukses seorang "
        "calon bupati, yang memakai kaos partai. Unggahan ini dapat dikenai hukuman disiplin walaupun calonnya sendiri "
        "tidak ada di foto.",
        TRUE_FALSE,
        [("Benar", True), ("Salah", False)],
        "Benar. Larangan itu juga mencakup foto bersama tim sukses yang memakai atribut partai atau menunjukkan simbol "
        "keberpihakan, bila diunggah ke media yang dapat diakses publik (SKB Netralitas ASN 2022 butir disiplin 7). "
        "Ancamannya hukuman disiplin berat.",
        topic="foto-gestur",
        clause=(SKB, "disiplin-7"),
    ),
    _q(
        "Seorang PNS di Dinas Sosial mengikuti pengajian rutin di kampungnya. Seorang calon anggota DPRD yang sudah "
        "ditetapkan ikut hadir sebagai jemaah; acara itu bukan kegiatan kampanye. Mana sikap yang tepat?",
        SINGLE,
        [
            ("Tetap mengikuti pengajian, tetapi tidak berfoto bersama caleg itu untuk diunggah", True),
            ("Segera meninggalkan pengajian karena ada caleg yang hadir", False),
            ("Berfoto bersama caleg itu dan mengunggahnya, karena acaranya keagamaan", False),
            ("Meminta caleg itu memberi sambutan tentang programnya", False),
        ],
        "Menghadiri kegiatan keagamaan yang bukan kampanye tidak dilarang, meskipun ada caleg yang hadir. Yang perlu "
        "dijaga adalah tidak mengunggah foto bersama caleg itu ke media publik (SKB Netralitas ASN 2022 butir disiplin "
        "7) dan tidak memberi panggung bagi kampanyenya.",
        topic="foto-gestur",
        clause=(SKB, "disiplin-7"),
    ),
    # --- Kampanye dan atribut ---------------------------------------------------------------------------------------
    _q(
        "Seorang PNS di Dinas Perpustakaan ikut kampanye terbuka seorang calon pada hari Minggu dengan memakai kaos "
        "partai. Hukuman disiplin apa yang mengancamnya menurut PP 94/2021?",
        SINGLE,
        [
            ("Hukuman disiplin sedang", True),
            ("Hukuman disiplin ringan", False),
            ("Tidak ada, karena hari Minggu bukan hari kerja", False),
            ("Hanya sanksi moral", False),
        ],
        "Menjadi peserta kampanye dengan memakai atribut partai dilarang (PP 94/2021 Pasal 5 huruf n angka 2) dan "
        "diancam hukuman disiplin sedang (Pasal 13 huruf g). Hari libur tidak menghapus status dan kewajiban ASN.",
        topic="kampanye",
        clause=(PP94, "pasal-13-huruf-g"),
    ),
    _q(
        "Seorang PNS di Kecamatan Tulis sedang cuti tahunan dan ingin datang ke kampanye terbuka calon bupati hanya "
        "untuk mendengarkan visi dan misi. Apa sikap yang paling tepat?",
        SINGLE,
        [
            (
                "Berisiko; sebaiknya tidak hadir, dan bila tetap hadir harus sepenuhnya pasif: tanpa atribut, yel-yel, "
                "gestur, foto, atau unggahan",
                True,
            ),
            ("Bebas ikut apa saja, karena status ASN berhenti selama cuti", False),
            ("Boleh ikut yel-yel, asalkan tidak memakai atribut partai", False),
            ("Boleh hadir dan mengajak rekan kantor agar ramai", False),
        ],
        "Ini wilayah abu-abu. Mendagri dan Bawaslu menyatakan ASN boleh hadir untuk mendengarkan visi dan misi secara "
        "pasif, tetapi PP 94/2021 Pasal 5 huruf n angka 1 melarang PNS ikut kampanye, dan cuti tidak menghapus status "
        "ASN; karena itu kehadiran seperti ini sebaiknya dianggap berisiko tinggi.",
        topic="kampanye",
        clause=(PP94, "pasal-5-huruf-n"),
    ),
    _q(
        "Seorang PNS di Dinas Pekerjaan Umum menghadiri kampanye terbuka pasangan calon bupati, ikut meneriakkan "
        "yel-yel, dan mengacungkan salam jari nomor urut pasangan itu. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dukungan aktif; pelanggaran disiplin berat", True),
            ("Tidak melanggar, karena ia tidak memakai atribut", False),
            ("Hukuman disiplin ringan", False),
            ("Hanya pelanggaran kode etik dengan sanksi moral", False),
        ],
        "Menghadiri deklarasi atau kampanye calon disertai dukungan aktif atau tindakan keberpihakan, seperti yel-yel "
        "dan salam jari, diancam hukuman disiplin berat (SKB Netralitas ASN 2022 butir disiplin 4). Ketiadaan atribut "
        "tidak mengubah penilaian karena dukungannya ditunjukkan secara aktif.",
        topic="kampanye",
        clause=(SKB, "disiplin-4"),
    ),
    _q(
        "Seorang Kepala Bidang di Dinas Ketahanan Pangan mengajak seluruh stafnya ikut menghadiri kampanye seorang "
        "calon bupati pada hari Sabtu. Karena di luar jam kerja, ia paling berat hanya dapat dijatuhi hukuman disiplin "
        "ringan.",
        TRUE_FALSE,
        [("Benar", False), ("Salah", True)],
        "Salah. Menjadi peserta kampanye dengan mengerahkan PNS lain dilarang (PP 94/2021 Pasal 5 huruf n angka 3) dan "
        "diancam hukuman disiplin berat (Pasal 14 huruf i). Larangan ini tidak bergantung pada jam kerja.",
        topic="kampanye",
        clause=(PP94, "pasal-14-huruf-i"),
    ),
    _q(
        "Seorang camat mengumpulkan para perangkat desa beserta keluarganya, lalu mengajak mereka memilih seorang "
        "calon bupati. Manakah penilaian yang tepat?",
        SINGLE,
        [
            ("Kegiatan yang mengarah pada keberpihakan: pelanggaran disiplin berat", True),
            ("Boleh, karena ajakan hanya disampaikan secara lisan", False),
            ("Boleh, karena perangkat desa bukan PNS", False),
            ("Hukuman disiplin sedang", False),
        ],
        "Mengadakan kegiatan yang mengarah pada keberpihakan (pertemuan, ajakan, imbauan) kepada pegawai, keluarga, "
        "atau masyarakat dilarang (PP 94/2021 Pasal 5 huruf n angka 6) dan diancam hukuman disiplin berat (Pasal 14 "
        "huruf i). Sebutan \u201csedang\u201d di sebagian pemberitaan mengikuti PP 53/2010 yang sudah diganti.",
        topic="kampanye",
        clause=(PP94, "pasal-14-huruf-i"),
    ),
    _q(
        "Menjelang pemungutan suara Pemilu 2024, seorang PNS di Bagian Umum Setda membagikan kalender bergambar "
        "seorang calon anggota DPR kepada rekan-rekannya di kantor. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dilarang; pemberian barang yang mengarah pada keberpihakan kepada pegawai di unit kerjanya", True),
            ("Boleh, karena kalender adalah barang yang bermanfaat", False),
            ("Boleh, asalkan kalender itu diberikan gratis oleh tim sukses", False),
            ("Hanya dilarang bila dibagikan kepada masyarakat di luar kantor", False),
        ],
        "PP 94/2021 Pasal 5 huruf n angka 6 melarang PNS mengadakan kegiatan yang mengarah pada keberpihakan, termasuk "
        "pemberian barang, kepada pegawai di unit kerjanya, keluarga, maupun masyarakat. Kalender bergambar calon "
        "adalah bahan kampanye, dan pelanggaran ini diancam hukuman disiplin berat (Pasal 14 huruf i).",
        topic="kampanye",
        clause=(PP94, "pasal-5-huruf-n"),
    ),
    _q(
        "Seorang PNS di Dinas Lingkungan Hidup memberikan surat dukungan disertai fotokopi KTP-nya kepada bakal calon "
        "bupati dari jalur perseorangan (independen). Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran disiplin berat", True),
            ("Boleh, karena memberi dukungan KTP adalah hak setiap warga negara", False),
            ("Hanya sanksi moral, karena calonnya belum ditetapkan KPU", False),
            ("Hukuman disiplin sedang", False),
        ],
        "Memberikan surat dukungan disertai fotokopi KTP kepada calon perseorangan dilarang (PP 94/2021 Pasal 5 huruf "
        "n angka 7) dan diancam hukuman disiplin berat (Pasal 14 huruf i). SKB Netralitas ASN 2022 memberlakukan "
        "larangan ini sejak tahap bakal calon, karena dukungan KTP dikumpulkan sebelum penetapan.",
        topic="kampanye",
        clause=(PP94, "pasal-14-huruf-i"),
    ),
    # --- Fasilitas negara dan keputusan -----------------------------------------------------------------------------
    _q(
        "Seorang kepala bidang di Dinas Kearsipan memakai mobil dinas untuk menghadiri kampanye seorang calon. "
        "Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran disiplin berat karena memakai fasilitas negara", True),
            ("Pelanggaran disiplin ringan", False),
            ("Boleh, jika bahan bakarnya dibayar sendiri", False),
            ("Boleh, jika tidak memakai seragam dinas", False),
        ],
        "Menjadi peserta kampanye dengan memakai fasilitas negara dilarang (PP 94/2021 Pasal 5 huruf n angka 4) dan "
        "diancam hukuman disiplin berat (Pasal 14 huruf i). Mobil dinas tetap fasilitas negara meskipun bahan bakarnya "
        "dibayar sendiri.",
        topic="fasilitas-negara",
        clause=(PP94, "pasal-5-huruf-n"),
    ),
    _q(
        "Seorang kepala dinas menunda penyaluran bantuan sosial agar bantuan itu dibagikan bersamaan dengan acara "
        "kampanye bupati petahana yang kembali mencalonkan diri. Bagaimana penilaiannya?",
        SINGLE,
        [
            (
                "Tindakan yang menguntungkan calon: pelanggaran disiplin berat, dan dapat juga dipidana menurut UU "
                "Pilkada",
                True,
            ),
            ("Boleh, karena bantuan tetap sampai ke warga", False),
            ("Boleh, karena bantuan itu program pemerintah daerah", False),
            ("Hanya soal administrasi jadwal, tanpa sanksi", False),
        ],
        "PNS dilarang membuat keputusan atau tindakan yang menguntungkan atau merugikan calon sebelum, selama, atau "
        "sesudah kampanye (PP 94/2021 Pasal 5 huruf n angka 5); ancamannya hukuman disiplin berat. Dalam Pilkada, "
        "perbuatan ini juga dapat dipidana (UU 10/2016 Pasal 71 jo. Pasal 188).",
        topic="fasilitas-negara",
        clause=(PP94, "pasal-5-huruf-n"),
    ),
    _q(
        "Tim sukses seorang calon anggota DPRD meminta bantuan seorang PNS di Dinas Pemberdayaan Masyarakat dan Desa. "
        "Manakah perbuatan berikut yang memakai fasilitas negara untuk kepentingan calon?",
        MULTIPLE,
        [
            ("Mencetak selebaran calon dengan printer dan kertas kantor", True),
            ("Mengunggah materi kampanye calon lewat akun media sosial resmi dinas", True),
            ("Mendesain poster calon dengan laptop dinas", True),
            ("Memakai ruang rapat kantor untuk rapat persiapan pengamanan TPS atas perintah pimpinan", False),
            ("Membaca berita pemilu dengan telepon genggam pribadi saat istirahat", False),
        ],
        "Printer, kertas, laptop dinas, dan akun resmi dinas adalah fasilitas negara; memakainya untuk kepentingan "
        "calon adalah bentuk dukungan yang dilarang PP 94/2021 Pasal 5 huruf n (angka 4 menyebut fasilitas negara) dan "
        "dapat diancam hukuman disiplin berat. Memakai ruang kantor untuk tugas resmi dan membaca berita dengan "
        "telepon pribadi bukan penyalahgunaan.",
        topic="fasilitas-negara",
        clause=(PP94, "pasal-5-huruf-n"),
    ),
    _q(
        "Seorang Kepala Bidang di Dinas Pekerjaan Umum diminta kakaknya, calon anggota DPRD yang sudah ditetapkan, "
        "mendahulukan perbaikan jalan di daerah pemilihannya menjelang pemungutan suara. Apa sikap yang tepat?",
        SINGLE,
        [
            ("Menolak, karena itu keputusan yang menguntungkan calon dan konflik kepentingan", True),
            ("Menyetujui, karena perbaikan jalan tetap bermanfaat bagi warga", False),
            ("Menyetujui, asalkan anggarannya sudah tersedia", False),
            ("Menyetujui, karena hubungan keluarga tidak diatur", False),
        ],
        "PNS wajib menghindari konflik kepentingan pribadi, kelompok, maupun golongan (PP 42/2004 Pasal 11 huruf c). "
        "Mendahulukan proyek demi keuntungan calon juga termasuk keputusan yang menguntungkan calon, yang dilarang PP "
        "94/2021 Pasal 5 huruf n angka 5 dan diancam hukuman disiplin berat.",
        topic="fasilitas-negara",
        clause=(PP42, "pasal-11-huruf-c"),
    ),
    # --- Sanksi -----------------------------------------------------------------------------------------------------
    _q(
        "Apa bentuk hukuman disiplin sedang menurut PP 94/2021?",
        SINGLE,
        [
            ("Pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan", True),
            ("Penundaan kenaikan gaji berkala selama satu tahun", False),
            ("Penundaan kenaikan pangkat selama satu tahun", False),
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
        "Seorang PNS di Dinas Perumahan ternyata tercatat sebagai pengurus ranting sebuah partai politik. Apa "
        "akibatnya?",
        SINGLE,
        [
            ("Diberhentikan tidak dengan hormat", True),
            ("Pemotongan tunjangan kinerja 25% selama 12 bulan", False),
            ("Pembebasan dari jabatan menjadi pelaksana selama 12 bulan", False),
            ("Tidak ada, asalkan ia tidak mencalonkan diri", False),
        ],
        "Pegawai ASN yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat (UU 20/2023 "
        "Pasal 52 ayat (3) huruf j jo. ayat (4); sebelumnya UU 5/2014 Pasal 87 ayat (4) huruf c). Akibat ini lebih "
        "berat daripada bentuk hukuman disiplin dalam PP 94/2021.",
        topic="sanksi",
        clause=(UU20, "pasal-52-ayat-3-huruf-j"),
    ),
    _q(
        "Seorang guru PPPK di sebuah SMP negeri terbukti menyebarkan materi kampanye calon di media sosial dan "
        "dijatuhi hukuman disiplin tingkat berat. Apa akibatnya bagi hubungan kerjanya menurut PP 49/2018?",
        SINGLE,
        [
            ("Perjanjian kerjanya diputus dengan hormat tidak atas permintaan sendiri", True),
            ("Perjanjian kerjanya diputus tidak dengan hormat", False),
            ("Perjanjian kerjanya tetap berjalan; PPPK hanya dapat ditegur", False),
            ("Tunjangan kinerjanya dipotong 25% selama 12 bulan", False),
        ],
        "PPPK yang dijatuhi hukuman disiplin tingkat berat diputus hubungan perjanjian kerjanya dengan hormat tidak "
        "atas permintaan sendiri (PP 49/2018 Pasal 53 ayat (2) huruf b). Pemutusan tidak dengan hormat berlaku bagi "
        "PPPK yang menjadi anggota atau pengurus partai politik (Pasal 53 ayat (3) huruf c).",
        topic="sanksi",
        clause=(PP49, "pasal-53-ayat-2-huruf-b"),
    ),
    _q(
        "Pada awal Agustus 2024, sebelum KPU menetapkan pasangan calon Pilkada, seorang PNS di Dinas Kebudayaan "
        "menyukai dan mengomentari unggahan seorang bakal calon bupati. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran kode etik yang dikenai sanksi moral", True),
            ("Tidak melanggar, karena belum ada calon resmi", False),
            ("Hukuman disiplin berat", False),
            ("Pemberhentian tidak dengan hormat", False),
        ],
        "Sebelum penetapan KPU, yang ada adalah bakal calon. Menyukai atau mengomentari unggahan bakal calon tercantum "
        "sebagai pelanggaran kode etik dalam SKB Netralitas ASN 2022 (butir kode etik 4) dan dikenai sanksi moral "
        "menurut PP 42/2004 Pasal 15. Setelah calon ditetapkan, perbuatan yang sama diancam hukuman disiplin berat.",
        topic="sanksi",
        clause=(SKB, "etik-4"),
    ),
    _q(
        "Seorang PNS terbukti melanggar kode etik karena menghadiri deklarasi seorang bakal calon bupati. Siapa yang "
        "menyatakan sanksi moralnya, dan dalam bentuk apa?",
        SINGLE,
        [
            ("PPK, yaitu Bupati Batang, secara tertulis berupa pernyataan tertutup atau terbuka", True),
            ("Ketua Bawaslu, secara lisan di depan umum", False),
            ("Atasan langsung, berupa pemotongan tunjangan kinerja 25%", False),
            ("Kepala BKN, berupa pemblokiran data di SIASN", False),
        ],
        "Pelanggaran kode etik dikenai sanksi moral yang dibuat tertulis dan dinyatakan oleh Pejabat Pembina "
        "Kepegawaian (PPK), berupa pernyataan secara tertutup atau terbuka (PP 42/2004 Pasal 15). Di Kabupaten Batang, "
        "PPK adalah Bupati.",
        topic="sanksi",
        clause=(PP42, "pasal-15"),
    ),
    # --- Pasangan calon ---------------------------------------------------------------------------------------------
    _q(
        "Suami seorang PNS di Dinas Pariwisata adalah calon wakil bupati. Bolehkah PNS itu berfoto bersama suaminya?",
        SINGLE,
        [
            ("Boleh, asalkan tanpa simbol tangan atau gestur dukungan", True),
            ("Tidak boleh sama sekali selama masa Pilkada", False),
            ("Boleh, termasuk berpose dengan jari sesuai nomor urut suaminya", False),
            ("Boleh, tetapi hanya setelah ia mengambil cuti di luar tanggungan negara", False),
        ],
        "SE MenPANRB 18/2023 membolehkan ASN berfoto bersama pasangannya yang menjadi calon, asalkan tanpa simbol "
        "tangan atau gestur. CLTN baru diwajibkan bila ASN ingin mendampingi pasangannya dalam kampanye, dan ASN tetap "
        "tidak boleh menunjukkan dukungan di media sosial.",
        topic="pasangan-calon",
        clause=(SE18, "boleh"),
    ),
    _q(
        "Seorang PPPK di RSUD menyukai dan membagikan unggahan kampanye suaminya, seorang calon anggota DPRD. Ini "
        "boleh karena yang didukung adalah suaminya sendiri.",
        TRUE_FALSE,
        [("Benar", False), ("Salah", True)],
        "Salah. SE MenPANRB 18/2023, yang juga berlaku bagi PPPK, melarang ASN yang pasangannya menjadi calon "
        "menyukai, mengomentari, membagikan, atau mengunggah dukungan di media sosial. Hubungan keluarga tidak "
        "menghapus kewajiban netral.",
        topic="pasangan-calon",
        clause=(SE18, "dilarang"),
    ),
    _q(
        "Istri seorang camat menjadi calon anggota DPRD Provinsi Jawa Tengah. Camat itu ingin mendampingi istrinya "
        "dalam kegiatan kampanye. Apa yang harus ia penuhi?",
        SINGLE,
        [
            (
                "Mengambil cuti di luar tanggungan negara (CLTN), lalu hadir tanpa ikut aktif berkampanye dan tanpa "
                "atribut",
                True,
            ),
            ("Cukup mengambil cuti tahunan", False),
            ("Cukup meminta izin lisan kepada bupati", False),
            ("Tidak ada syarat, karena ia mendampingi keluarga sendiri", False),
        ],
        "SE MenPANRB 18/2023 mewajibkan ASN yang mendampingi pasangannya dalam kampanye mengambil CLTN, dan selama "
        "hadir ia tidak boleh ikut aktif atau memakai atribut. Ikut kampanye pasangan tanpa CLTN tercantum sebagai "
        "pelanggaran kode etik yang dikenai sanksi moral (SKB Netralitas ASN 2022 butir kode etik 7).",
        topic="pasangan-calon",
        clause=(SE18, "cltn"),
    ),
    _q(
        "Suami seorang PNS di Dinas Tenaga Kerja menjadi calon anggota DPR RI. Manakah yang dilarang bagi PNS "
        "tersebut?",
        MULTIPLE,
        [
            ("Menjadi pembicara dalam acara partai pengusung suaminya", True),
            ("Memakai kaos bergambar suaminya saat mendampingi kegiatannya", True),
            ("Mendampingi suaminya pada acara perkenalan calon", False),
            ("Mendampingi suaminya saat pendaftaran di KPU", False),
        ],
        "SE MenPANRB 18/2023 melarang ASN yang pasangannya menjadi calon memakai atribut instansi, partai, atau calon, "
        "serta menjadi pembicara dalam kegiatan partai. Mendampingi pasangan saat pendaftaran di KPU dan pada acara "
        "perkenalan justru dibolehkan.",
        topic="pasangan-calon",
        clause=(SE18, "dilarang"),
        scoring="partial",
    ),
    # --- Pelaporan dan penegakan ------------------------------------------------------------------------------------
    _q(
        "Seorang Kepala Bidang mengetahui stafnya berulang kali mengunggah dukungan kepada seorang calon, tetapi "
        "memilih diam agar suasana kantor tetap nyaman. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Kepala Bidang itu dapat dijatuhi hukuman disiplin yang lebih berat daripada stafnya", True),
            ("Hanya staf yang dapat dihukum; atasan tidak ikut bertanggung jawab", False),
            ("Atasan cukup mengingatkan stafnya setelah pemilu selesai", False),
            ("Atasan hanya dapat dikenai sanksi moral", False),
        ],
        "Atasan langsung yang mengetahui pelanggaran disiplin bawahannya tetapi tidak memanggil, memeriksa, atau "
        "melaporkannya dijatuhi hukuman yang lebih berat daripada hukuman bagi pelanggarnya (PP 94/2021 Pasal 28). "
        "Membiarkan pelanggaran bukan sikap netral.",
        topic="penegakan",
        clause=(PP94, "pasal-28"),
    ),
    _q(
        "Seorang Kepala Subbagian mendapat kabar bahwa stafnya memasang spanduk seorang calon bupati di pagar "
        "rumahnya. Sebagai atasan langsung, ia wajib memanggil dan memeriksa staf itu tanpa menunggu pengaduan resmi.",
        TRUE_FALSE,
        [("Benar", True), ("Salah", False)],
        "Benar. Penegakan disiplin adalah tanggung jawab atasan langsung; PNS yang diduga melanggar disiplin dipanggil "
        "dan diperiksa tanpa harus menunggu pengaduan (PP 94/2021 Pasal 26 ayat (1)). Memasang spanduk calon termasuk "
        "pelanggaran yang tercantum dalam SKB Netralitas ASN 2022.",
        topic="penegakan",
        clause=(PP94, "pasal-26-ayat-1"),
    ),
    _q(
        "Setelah KASN dibubarkan pada 2024, Bawaslu Batang menemukan dugaan pelanggaran netralitas oleh seorang PNS. "
        "Ke mana Bawaslu meneruskannya sebelum PPK menjatuhkan sanksi?",
        SINGLE,
        [
            ("BKN (Deputi Bidang Pengawasan dan Pengendalian)", True),
            ("Tetap ke KASN, seperti sebelumnya", False),
            ("Komisi Pemilihan Umum", False),
            ("Kepolisian", False),
        ],
        "UU 20/2023 membubarkan KASN, yang berhenti bekerja pada Agustus 2024; pengawasan netralitas kini dijalankan "
        "BKN (SE MenPANRB 4/2024). Alurnya: Bawaslu \u2192 BKN (Deputi Bidang Pengawasan dan Pengendalian) \u2192 "
        "rekomendasi \u2192 PPK menjatuhkan sanksi.",
        topic="penegakan",
        clause=(UU20, "pembubaran-kasn"),
    ),
    _q(
        "BKN telah menyampaikan rekomendasi sanksi bagi seorang PNS yang tidak netral, tetapi PPK tidak "
        "menindaklanjutinya. Apa yang dapat terjadi?",
        MULTIPLE,
        [
            ("BKN memblokir data kepegawaian PNS itu di SIASN", True),
            ("Kenaikan pangkat, mutasi, dan pensiun PNS itu tertahan sampai sanksi dijalankan", True),
            ("PPK dapat dikenai sanksi oleh Kemendagri atau KemenPANRB", True),
            ("Kasusnya dianggap selesai karena PPK tidak bertindak", False),
            ("BKN langsung memberhentikan PNS itu tanpa keputusan PPK", False),
        ],
        "Jika rekomendasi diabaikan, BKN dapat memblokir data atau layanan kepegawaian ASN itu di SIASN (Peraturan BKN "
        "1/2023), sehingga kenaikan pangkat, mutasi, dan pensiun tertahan sampai sanksi dijalankan. PPK yang "
        "mengabaikan rekomendasi dapat dikenai sanksi oleh Kemendagri atau KemenPANRB; penjatuhan sanksi tetap "
        "wewenang PPK.",
        topic="penegakan",
        clause=(UU20, "pembubaran-kasn"),
    ),
    _q(
        "Seorang warga Batang melihat video seorang PNS membagikan kaos bergambar calon kepada warga. Ke mana ia dapat "
        "melaporkannya?",
        MULTIPLE,
        [
            ("Bawaslu Kabupaten Batang", True),
            ("Kanal pengaduan LAPOR! (lapor.go.id)", True),
            ("KPU Kabupaten Batang, yang berwenang menjatuhkan hukuman disiplin kepada ASN", False),
            ("Pengadilan negeri, karena semua pelanggaran netralitas adalah perkara pidana", False),
        ],
        "Pengaduan masyarakat dapat disampaikan ke Bawaslu atau melalui LAPOR! (lapor.go.id); sejak KASN dibubarkan, "
        "rekomendasi disampaikan BKN kepada PPK, yang menjatuhkan sanksi. KPU tidak menjatuhkan hukuman disiplin, dan "
        "sebagian besar pelanggaran netralitas adalah pelanggaran disiplin atau etik, bukan pidana.",
        topic="penegakan",
        clause=(UU20, "pembubaran-kasn"),
    ),
]
