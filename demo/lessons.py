"""Demo training content in Indonesian, paraphrased from the regulations it quotes (demo/regulations.py) and from
named guidance.

How a statement is sourced, so that learners can tell a ruling from advice:
- a *ruling* (Ketentuan) is a `ruling`, `clause_quote` or `scenario` block with the clause it rests on, or a sentence
  in a paragraph that links to the clause page ([[regulation/clause|words]] becomes that link when seeded);
- *guidance* (Panduan) is a `guidance` block, or a scenario / comparison with a `guidance` source: who says so
  (BKN, Bawaslu, KASN, a regional circular, an official's remarks, or the training team's own reading), with the
  date and address of the source where we have them.
Points not verified against an official text are left out or worded as guidance, never as settled law: no follow-up
deadline for recommendations, no 45-minute JP, no disputed criminal article numbers.
"""

HOME = {
    "title": "Netral",
    "intro": (
        "<p>Pelatihan daring netralitas Aparatur Sipil Negara (ASN) Pemerintah Kabupaten Batang. Pelajari aturannya, "
        "kerjakan kuisnya, dan unduh sertifikat penyelesaian Anda.</p>"
    ),
}

TRAINING_INDEX = {
    "title": "Pelatihan",
    "slug": "pelatihan",
    "intro": "<p>Daftar pelatihan wajib bagi ASN di lingkungan Pemerintah Kabupaten Batang.</p>",
}

REGULATION_INTRO = (
    "<p>Aturan yang menjadi dasar pelatihan, diringkas pasal demi pasal dengan kata-kata kami. Untuk keperluan "
    "resmi, selalu rujuk naskah aslinya di JDIH.</p>"
)

COURSE = {
    "title": "Netralitas ASN dalam Pemilu dan Pilkada",
    "slug": "netralitas-asn",
    "summary": (
        "Apa yang boleh dan tidak boleh dilakukan ASN, baik PNS maupun PPPK, di kantor maupun di media sosial: "
        "menurut PP 94/2021, SKB Netralitas ASN 2022, UU 20/2023, UU Pemilu dan UU Pilkada, dan Surat Edaran Bupati "
        "Batang Nomor 800/169/2023, beserta sanksinya. Setiap ketentuan ditautkan ke pasalnya; setiap panduan "
        "menyebut sumbernya."
    ),
    "jp": 2,
    "version": 1,
    "certificate_validity_months": 24,
}

# --- Guidance sources (who says so) ------------------------------------------------------------------------------
ANTARA_SE = {
    "issuer": "daerah",
    "name": "Pj Bupati Batang kepada ANTARA Jateng tentang SE 800/169/2023",
    "url": "https://jateng.antaranews.co/amp/berita/509223/pemkab-batang-larang-asn-bagikan-komentar-capres-melalui-medsos",
    "date": "2023-09-27",
}
PJ_BUPATI_OKT = {
    "issuer": "daerah",
    "name": "Arahan lisan Pj Bupati Batang Lani Dwi Rejeki (bimata.id), bukan isi surat edaran",
    "url": "https://bimata.id/2023/10/pemkab-batang-meminta-asn",
    "date": "2023-10-02",
}
BAWASLU_BATANG = {
    "issuer": "bawaslu",
    "name": "Bawaslu Batang kepada RMOL: larangan juga bagi pegawai kontrak dan honorer",
    "url": "https://rmol.id/amp/2023/03/23/568052/bawaslu-batang-larang-asn-like-postingan-politik-jelang-pemilu-2024",
    "date": "2023-03-22",
}
BKN_POSES = {
    "issuer": "bkn",
    "name": "Daftar pose yang harus dihindari ASN, Instagram BKN (@bkngoidofficial), November 2023; dikutip Kompas",
    "url": "",
    "date": "2023-11-16",
}
HADIR_PASIF = {
    "issuer": "kemendagri",
    "name": "Pernyataan Mendagri Tito Karnavian dan pimpinan Bawaslu tentang hak pilih dan kehadiran pasif ASN",
    "url": "",
    "date": None,
}
KEDIRI_QA = {
    "issuer": "sosialisasi",
    "name": "Tanya jawab sosialisasi netralitas ASN di Kediri, November 2023 (khoiri.com)",
    "url": "https://khoiri.com/?p=3640",
    "date": None,
}
KASN_2024 = {
    "issuer": "kasn",
    "name": "KASN: 417 laporan dugaan pelanggaran netralitas ASN sepanjang Pemilu 2024",
    "url": "https://www.kasn.go.id/id/publikasi/kasn-terima-417-laporan-dugaan-pelanggaran-netralitas-asn-sepanjang-pemilu-2024",
    "date": "2024-02-23",
}
TIM_MATERI = {
    "issuer": "tim-materi",
    "name": "Penafsiran kami atas aturan yang dikutip; belum ada sumber resmi yang menyebutnya",
    "url": "",
    "date": None,
}
ALUR_PENGADUAN = {
    "issuer": "media",
    "name": "Alur pengaduan netralitas ASN menurut pemberitaan (okezone 14 Oktober 2020; kaltenglima.com)",
    "url": "",
    "date": None,
}
KEMENDAGRI_2020 = {
    "issuer": "kemendagri",
    "name": "Kemendagri memperingatkan 67 kepala daerah yang belum menindaklanjuti rekomendasi KASN (Kompas)",
    "url": "",
    "date": "2020-11-01",
}
DISWAY_PILKADA = {
    "issuer": "media",
    "name": "Daftar larangan ASN menjelang Pilkada 2024 (disway.id)",
    "url": "",
    "date": None,
}
PALPOS_SEKOLAH = {
    "issuer": "media",
    "name": "Pemberitaan Palpos: kampanye di fasilitas pendidikan dilarang",
    "url": "",
    "date": None,
}

PP94, SKB, PP42, UU20, UU5, PP49, SE18 = (
    "pp-94-2021",
    "skb-netralitas-2022",
    "pp-42-2004",
    "uu-20-2023",
    "uu-5-2014",
    "pp-49-2018",
    "se-menpanrb-18-2023",
)
SE_BATANG, UU7, UU10 = "se-bupati-batang-800-169-2023", "uu-7-2017", "uu-10-2016"


def ruling(text, regulation, clause):
    return ("ruling", {"text": text, "clause": (regulation, clause)})


def guidance(text, source):
    return ("guidance", {"text": text, "source": source})


def scenario(situation, ruling_key, explanation, basis=None, source=None):
    return (
        "scenario",
        {"situation": situation, "ruling": ruling_key, "explanation": explanation, "basis": basis, "guidance": source},
    )


def key_points(*points):
    return ("key_points", {"title": "Poin penting", "points": list(points)})


LESSONS = [
    {
        "slug": "dasar-hukum",
        "title": "1. Dasar hukum netralitas ASN",
        "verify": "",
        "body": [
            (
                "paragraph",
                "<p>Netralitas berarti ASN tidak berpihak kepada pengaruh mana pun dan tidak memihak kepentingan "
                "siapa pun ([[uu-5-2014/pasal-2-huruf-f|penjelasan UU 5/2014 Pasal 2 huruf f]]). Kewajiban ini "
                "berlaku bagi semua ASN, baik PNS maupun PPPK.</p>"
                "<h2>Aturan yang berlaku ketika Surat Edaran Bupati Batang ditandatangani (11 September 2023)</h2>"
                "<ul>"
                "<li><b>UU 5/2014 tentang ASN</b>: ASN bebas dari pengaruh dan intervensi semua golongan dan partai "
                "politik ([[uu-5-2014/pasal-9-ayat-2|Pasal 9 ayat (2)]]).</li>"
                "<li><b>PP 94/2021 tentang Disiplin PNS</b>: tujuh bentuk dukungan kepada calon yang dilarang "
                "([[pp-94-2021/pasal-5-huruf-n|Pasal 5 huruf n]]).</li>"
                "<li><b>PP 42/2004</b>: pelanggaran kode etik dikenai sanksi moral "
                "([[pp-42-2004/pasal-15|Pasal 15]]).</li>"
                "<li><b>PP 49/2018 tentang Manajemen PPPK</b>: hukuman disiplin PPPK dijatuhkan dengan tata cara "
                "disiplin PNS ([[pp-49-2018/pasal-52-ayat-3|Pasal 52 ayat (3)]]).</li>"
                "<li><b>SKB Netralitas ASN 2022</b> (22 September 2022): daftar pelanggaran kode etik dan disiplin "
                "([[skb-netralitas-2022/disiplin-6|lihat butir-butirnya]]).</li>"
                "</ul>"
                "<h2>Yang berubah sesudahnya</h2>"
                "<ul>"
                "<li><b>31 Oktober 2023</b>: UU 20/2023 menggantikan UU 5/2014. Larangan pokoknya berlanjut: "
                "ASN bebas dari pengaruh partai ([[uu-20-2023/pasal-9-ayat-2|Pasal 9 ayat (2)]]) dan menjaga "
                "netralitas menjadi kewajiban ASN ([[uu-20-2023/pasal-24-ayat-1-huruf-d|Pasal 24 ayat (1) huruf "
                "d]]).</li>"
                "<li><b>2024</b>: KASN dibubarkan ([[uu-20-2023/pembubaran-kasn|UU 20/2023]]); pengawasan "
                "netralitas beralih ke BKN ([[se-menpanrb-4-2024/pengawasan-bkn|SE MenPANRB 4/2024]]).</li>"
                "</ul>",
            ),
            (
                "paragraph",
                "<h2>Surat Edaran Bupati Batang</h2>"
                "<p>Menurut pemberitaan ANTARA (27 September 2023), Penjabat Bupati Batang menerbitkan Surat Edaran "
                "Nomor 800/169/2023 tanggal 11 September 2023 tentang Netralitas ASN Dalam Pemilu dan Pilkada 2024 "
                "dan menginstruksikannya kepada seluruh ASN ([[se-bupati-batang-800-169-2023/pokok-1|ringkasan "
                "dari pemberitaan]]). Naskah resminya belum kami unggah, jadi isinya kami kutip dari berita. "
                "Surat edaran itu ditandatangani sebelum UU 20/2023 berlaku, sehingga dasar undang-undangnya saat "
                "itu adalah UU 5/2014.</p>",
            ),
            ruling(
                "Menjaga netralitas adalah salah satu dari lima kewajiban pegawai ASN, baik PNS maupun PPPK.",
                UU20,
                "pasal-24-ayat-1-huruf-d",
            ),
            ("clause_quote", {"clause": (PP94, "pasal-5-huruf-n"), "note": "Rinciannya dibahas di materi 4."}),
            key_points(
                "Menjaga netralitas adalah kewajiban setiap ASN, baik PNS maupun PPPK.",
                "Saat SE Bupati Batang terbit, dasar undang-undangnya UU 5/2014; sejak 31 Oktober 2023 UU 20/2023.",
                "Isi SE Bupati Batang yang kami ajarkan berasal dari pemberitaan, sampai naskah resminya diunggah.",
            ),
        ],
    },
    {
        "slug": "bakal-calon-dan-calon",
        "title": "2. Bakal calon atau calon? Kapan aturannya berubah",
        "verify": (
            "Tanggal penetapan pasangan calon presiden dan daftar calon tetap anggota legislatif Pemilu 2024 tidak "
            "ada di brief; jangan tambahkan sebelum dicek pada keputusan KPU."
        ),
        "body": [
            (
                "paragraph",
                "<p>SKB Netralitas ASN 2022 membedakan <b>bakal calon</b> (sebelum ditetapkan KPU) dan <b>calon</b> "
                "(sesudah ditetapkan). Perbuatan yang sama, misalnya menyukai unggahan, adalah pelanggaran kode etik "
                "dengan sanksi moral bila menyangkut bakal calon ([[skb-netralitas-2022/etik-4|kode etik angka "
                "4]]), dan pelanggaran disiplin berat bila menyangkut calon ([[skb-netralitas-2022/disiplin-6|"
                "disiplin angka 6]]).</p>"
                "<h2>Kapan bakal calon menjadi calon?</h2>"
                "<ul>"
                "<li><b>Pilkada 2024</b>: pasangan calon ditetapkan KPU pada <b>22 September 2024</b>; kampanye "
                "25 September\u201323 November 2024; pemungutan suara 27 November 2024 "
                "([[pkpu-2-2024/jadwal|PKPU 2/2024]]).</li>"
                "<li><b>Pemilu 2024</b>: nomor urut pasangan calon presiden diundi 14 November 2023; kampanye 28 "
                "November 2023\u201310 Februari 2024; pemungutan suara 14 Februari 2024 "
                "([[pkpu-jadwal-pemilu-2024/jadwal|jadwal KPU]]).</li>"
                "</ul>",
            ),
            guidance(
                "Untuk calon anggota DPR, DPD, dan DPRD, tanggal penetapannya tidak kami cantumkan di sini. Bila ragu "
                "apakah seseorang sudah ditetapkan, periksa pengumuman KPU; sebelum dan sesudah penetapan, perbuatan "
                "yang sama tetap dilarang, hanya tingkat sanksinya yang berbeda.",
                TIM_MATERI,
            ),
            ruling(
                "Tiga butir disiplin SKB berlaku sejak tahap bakal calon: mendekati partai politik atau masyarakat "
                "sebagai bakal calon tanpa cuti di luar tanggungan negara (CLTN) diancam hukuman disiplin sedang.",
                SKB,
                "disiplin-3",
            ),
            ruling(
                "Menjadi tim ahli, tim pemenangan, atau konsultan bakal calon sebelum penetapan diancam hukuman "
                "disiplin sedang; sesudah penetapan, hukuman disiplin berat.",
                SKB,
                "disiplin-9",
            ),
            ruling(
                "Memberikan surat dukungan atau mengumpulkan fotokopi KTP untuk bakal calon perseorangan diancam "
                "hukuman disiplin berat, walaupun calonnya belum ditetapkan.",
                SKB,
                "disiplin-11",
            ),
            scenario(
                "Pada awal Agustus 2024, seorang PNS menyukai unggahan seorang bakal calon bupati. Pada Oktober 2024 "
                "ia menyukai unggahan pasangan calon yang sama.",
                "forbidden",
                "Agustus 2024: belum ada penetapan, jadi pelanggaran kode etik dengan sanksi moral. Oktober 2024: "
                "pasangan sudah ditetapkan pada 22 September 2024, jadi pelanggaran disiplin berat.",
                basis=(SKB, "etik-4"),
            ),
            key_points(
                "Bakal calon: sebelum penetapan KPU. Calon: sesudahnya. Pilkada 2024: 22 September 2024.",
                "Sebelum penetapan pun dukungan tetap dilarang; yang berubah tingkat sanksinya.",
                "Tanpa CLTN, tim ahli, dan dukungan KTP: sudah pelanggaran disiplin sejak tahap bakal calon.",
            ),
        ],
    },
    {
        "slug": "media-sosial",
        "title": "3. Netral di media sosial",
        "verify": "Isi SE 800/169/2023 hanya dari pemberitaan; ganti kutipannya setelah naskah resmi diunggah.",
        "body": [
            (
                "paragraph",
                "<p>Menurut pemberitaan ANTARA, SE Bupati Batang 800/169/2023 menegaskan bahwa ASN tidak boleh "
                "mengunggah, mengomentari, membagikan, memberi tanda suka (<i>like</i>), hingga "
                "bergabung atau mengikuti (<i>follow</i>) grup atau akun pemenangan peserta pemilu "
                "([[se-bupati-batang-800-169-2023/pokok-2|ringkasan dari pemberitaan]]). Daftar yang sama ada dalam "
                "SKB Netralitas ASN 2022: terhadap calon yang sudah ditetapkan, perbuatan itu adalah pelanggaran "
                "disiplin berat ([[skb-netralitas-2022/disiplin-6|disiplin angka 6]]); terhadap bakal calon, "
                "pelanggaran kode etik dengan sanksi moral ([[skb-netralitas-2022/etik-4|kode etik angka 4]]).</p>",
            ),
            guidance(
                "Data yang terbit sesudah surat edaran menunjukkan mengapa media sosial perlu diperhatikan: menurut "
                "KASN, sekitar 40% pelanggaran netralitas sepanjang Pemilu 2024 berupa keberpihakan di media "
                "sosial (417 laporan, 197 terbukti, per 23 Februari 2024).",
                KASN_2024,
            ),
            ruling(
                "Meneruskan konten kampanye ke grup WhatsApp kantor bukan hanya membagikan konten calon: itu juga "
                "kegiatan yang mengarah pada keberpihakan kepada pegawai di unit kerja sendiri (angka 6), yang "
                "diancam hukuman disiplin berat.",
                PP94,
                "pasal-5-huruf-n",
            ),
            guidance(
                "Menerima notifikasi atau dimasukkan ke grup kampanye oleh orang lain tidak tercantum sebagai "
                "pelanggaran. Pj Bupati Batang meminta ASN yang menerima berita bernuansa politik tidak membagikannya "
                "ulang. Tim materi menyarankan keluar dari grup semacam itu, karena bertahan di grup pemenangan dapat "
                "dinilai sebagai bergabung.",
                PJ_BUPATI_OKT,
            ),
            guidance(
                "Bingkai foto profil (twibbon) dukungan kepada calon sebaiknya tidak dipasang: tim materi menilainya "
                "sama dengan sosialisasi atau kampanye melalui media sosial (SKB, disiplin angka 2 dan kode etik "
                "angka 2). Tidak ada sumber resmi yang menyebut twibbon secara khusus, jadi tingkat sanksinya tidak "
                "kami sebutkan.",
                TIM_MATERI,
            ),
            (
                "allowed_forbidden",
                {
                    "title": "Di media sosial selama tahun politik",
                    "allowed": [
                        "Membaca berita politik dan menyimak debat calon",
                        "Membagikan informasi resmi KPU tentang jadwal dan tata cara memilih",
                        "Keluar dari grup kampanye yang dimasuki tanpa diminta",
                    ],
                    "forbidden": [
                        "Memberi tanda suka (like), mengomentari, atau membagikan unggahan calon",
                        "Mengikuti akun atau bergabung dengan grup tim pemenangan calon",
                        "Mengunggah ajakan memilih atau konten dukungan kepada calon",
                    ],
                    "basis": [(SKB, "disiplin-6"), (SKB, "etik-4")],
                    "guidance": TIM_MATERI,
                },
            ),
            scenario(
                "Seorang PNS memberi tanda suka (like) pada unggahan Instagram pasangan calon presiden yang sudah "
                "ditetapkan KPU.",
                "forbidden",
                "Menyukai unggahan calon adalah dukungan di media sosial. Terhadap calon yang sudah ditetapkan, "
                "ancamannya hukuman disiplin berat.",
                basis=(SKB, "disiplin-6"),
            ),
            key_points(
                "Jangan unggah, komentari, bagikan, beri tanda suka, atau ikuti konten dan akun calon.",
                "Akun terkunci tidak mengubah apa pun: membagikan tetap membagikan.",
                "Menyimak debat dan membaca berita boleh; mengikuti akun tim pemenangan tidak.",
            ),
        ],
    },
    {
        "slug": "kampanye-dan-fasilitas-negara",
        "title": "4. Kampanye, atribut, dan fasilitas negara",
        "verify": "",
        "body": [
            ("clause_quote", {"clause": (PP94, "pasal-5-huruf-n"), "note": ""}),
            ruling(
                "Ikut kampanye (angka 1), atau menjadi peserta kampanye dengan memakai atribut partai atau atribut "
                "PNS, termasuk seragam PNS (angka 2), diancam hukuman disiplin sedang.",
                PP94,
                "pasal-13-huruf-g",
            ),
            ruling(
                "Mengerahkan PNS lain, memakai fasilitas negara, membuat keputusan yang menguntungkan calon, "
                "mengadakan kegiatan keberpihakan, atau memberi surat dukungan dengan fotokopi KTP (angka 3\u20137) "
                "diancam hukuman disiplin berat.",
                PP94,
                "pasal-14-huruf-i",
            ),
            ruling(
                "Memasang spanduk, baliho, atau alat peraga calon yang sudah ditetapkan diancam hukuman disiplin "
                "berat; untuk bakal calon, pelanggaran kode etik.",
                SKB,
                "disiplin-1",
            ),
            ruling(
                "Hadir di deklarasi atau kampanye calon disertai dukungan aktif atau tindakan keberpihakan "
                "(yel-yel, salam jari, ajakan) diancam hukuman disiplin berat, walaupun tanpa atribut.",
                SKB,
                "disiplin-4",
            ),
            ruling(
                "ASN dilarang menjadi pelaksana atau anggota tim kampanye resmi Pemilu. Pelanggarannya juga pidana "
                "pemilu: kurungan paling lama 1 tahun dan denda paling banyak Rp12 juta (Pasal 494).",
                UU7,
                "pasal-280-ayat-3",
            ),
            scenario(
                "Seorang kepala bidang memakai mobil dinas untuk datang ke kampanye pasangan calon bupati.",
                "forbidden",
                "Menjadi peserta kampanye dengan memakai fasilitas negara diancam hukuman disiplin berat.",
                basis=(PP94, "pasal-14-huruf-i"),
            ),
            scenario(
                "Pada hari libur, seorang ASN datang ke kampanye terbuka tanpa atribut, hanya untuk mendengarkan "
                "visi dan misi calon.",
                "risky",
                "Ikut kampanye dilarang (angka 1), sedangkan Mendagri dan pimpinan Bawaslu menyatakan ASN boleh hadir "
                "untuk mendengarkan secara pasif. Karena sumbernya berbeda, anggap berisiko tinggi. Jika tetap hadir: "
                "di luar jam kerja, pasif, tanpa atribut, tanpa yel-yel, tanpa foto, dan tanpa unggahan.",
                basis=(PP94, "pasal-5-huruf-n"),
                source=HADIR_PASIF,
            ),
            key_points(
                "Ikut kampanye, atau hadir dengan atribut partai atau seragam PNS: hukuman disiplin sedang.",
                "Memasang alat peraga calon, atau hadir disertai yel-yel dan salam jari: hukuman disiplin berat.",
                "Mengerahkan pegawai, memakai fasilitas negara, atau keputusan yang menguntungkan calon: berat.",
                "Tim kampanye resmi Pemilu: dilarang, dan juga pidana pemilu.",
            ),
        ],
    },
    {
        "slug": "foto-dan-gestur",
        "title": "5. Foto bersama calon dan gestur tangan",
        "verify": (
            "SKB kode etik angka 5: pastikan apakah syarat simbol, atribut, atau latar juga berlaku untuk foto "
            "bersama bakal calon itu sendiri."
        ),
        "body": [
            ruling(
                "Mengunggah ke media yang dapat diakses publik foto bersama calon atau tim suksesnya yang menunjukkan "
                "simbol keberpihakan, memakai atribut partai, atau berlatar partai maupun calon diancam hukuman "
                "disiplin berat.",
                SKB,
                "disiplin-7",
            ),
            ruling(
                "Mengunggah foto bersama bakal calon ke media yang dapat diakses publik tercantum sebagai pelanggaran "
                "kode etik dengan sanksi moral.",
                SKB,
                "etik-5",
            ),
            guidance(
                "Nomor urut pasangan calon presiden 2024 adalah 1, 2, dan 3, sehingga pose jari mudah dibaca sebagai "
                "dukungan. BKN mengingatkan ASN untuk tidak berpose: jempol ke atas, satu jari telunjuk, huruf V (dua "
                "jari), tiga jari, empat jari, hati ala Korea, \u201cpistol\u201d, \u201ctelepon\u201d (jempol dan "
                "kelingking), salam metal, atau tanda \u201cOK\u201d dengan tiga jari terangkat. Foto resmi kegiatan "
                "kantor pun sebaiknya diambil tanpa gestur tangan selama tahun politik.",
                BKN_POSES,
            ),
            scenario(
                "Dalam foto bersama pasangan calon bupati, beberapa staf berpose dua jari. Fotonya diunggah ke "
                "Facebook kantor.",
                "forbidden",
                "Foto bersama calon dengan simbol keberpihakan yang diunggah ke media publik adalah pelanggaran "
                "disiplin berat.",
                basis=(SKB, "disiplin-7"),
            ),
            scenario(
                "Seorang ASN menghadiri pengajian di kampungnya yang juga dihadiri seorang calon anggota DPRD. Acara "
                "itu bukan kampanye.",
                "allowed",
                "Menghadiri pengajian yang bukan acara kampanye boleh, walaupun ada calon yang hadir. Narasumber "
                "sosialisasi itu menyarankan tidak berfoto bersama calon untuk diunggah. Foto biasa tanpa simbol "
                "tidak tercantum dalam SKB; bila ada gestur, atribut, atau latar partai, berlaku disiplin angka 7.",
                source=KEDIRI_QA,
            ),
            key_points(
                "Jangan unggah foto bersama calon dengan simbol, atribut, atau latar partai.",
                "Hindari pose jari dan gestur tangan dalam foto selama tahun politik.",
                "Menghadiri pengajian yang bukan kampanye boleh; berpose dan mengunggah foto dengan calon jangan.",
            ),
        ],
    },
    {
        "slug": "yang-boleh",
        "title": "6. Yang tetap boleh dilakukan ASN",
        "verify": "",
        "body": [
            (
                "paragraph",
                "<p>Netralitas membatasi <b>ungkapan dukungan</b> kepada calon, bukan kehidupan sehari-hari ASN. "
                "Daftar larangan menyasar dukungan kepada calon ([[pp-94-2021/pasal-5-huruf-n|PP 94/2021 Pasal 5 "
                "huruf n]]) dan konten serta akun calon dan tim pemenangannya "
                "([[skb-netralitas-2022/disiplin-6|SKB, disiplin angka 6]]). Hal-hal di bawah ini tidak termasuk di "
                "dalamnya.</p>",
            ),
            guidance(
                "ASN tetap mempunyai hak pilih. Datang ke TPS dan memberikan suara secara rahasia tidak melanggar "
                "netralitas.",
                HADIR_PASIF,
            ),
            (
                "allowed_forbidden",
                {
                    "title": "Boleh, dengan batasnya",
                    "allowed": [
                        "Memilih secara rahasia di TPS",
                        "Menghadiri pengajian yang bukan acara kampanye, walaupun ada calon yang hadir",
                        "Membagikan informasi resmi KPU: jadwal, lokasi TPS, tata cara memilih",
                        "Menyimak debat calon di televisi atau kanal resmi KPU",
                        "Mendampingi suami atau istri yang menjadi calon, sesuai SE MenPANRB 18/2023",
                    ],
                    "forbidden": [
                        "Memberitahukan pilihan sambil mengajak orang lain memilih calon yang sama",
                        "Berpose dengan calon di acara itu lalu mengunggah fotonya",
                        "Menambahkan komentar dukungan saat membagikan informasi",
                        "Mengikuti akun atau grup tim pemenangan calon",
                        "Ikut aktif berkampanye, memakai atribut, atau memberi tanda suka pada unggahan pasangan",
                    ],
                    "basis": [(SE18, "boleh"), (SKB, "disiplin-6"), (PP94, "pasal-5-huruf-n")],
                    "guidance": TIM_MATERI,
                },
            ),
            guidance(
                "Membagikan informasi resmi KPU yang tidak memihak calon mana pun, misalnya jadwal pemungutan suara "
                "atau cara mengecek DPT, tidak termasuk daftar larangan SKB, yang menyasar konten calon dan tim "
                "pemenangannya. Bagikan dari akun resmi KPU, tanpa komentar dukungan.",
                TIM_MATERI,
            ),
            scenario(
                "Seorang guru PNS menyimak siaran debat pasangan calon bupati di rumah dan membahas isi program "
                "kesehatan para calon dengan istrinya.",
                "allowed",
                "Menyimak debat untuk menentukan pilihan tidak dilarang. Yang dilarang adalah mengajak orang lain "
                "memilih calon tertentu atau menunjukkan dukungan di media sosial.",
                basis=(PP94, "pasal-5-huruf-n"),
            ),
            key_points(
                "Memilih di TPS, menyimak debat, dan membaca berita: boleh.",
                "Pengajian yang bukan kampanye: boleh hadir, jangan berpose dengan calon dan mengunggah fotonya.",
                "Informasi resmi KPU boleh dibagikan, tanpa komentar dukungan.",
            ),
        ],
    },
    {
        "slug": "skenario-per-kelompok",
        "title": "7. Skenario: guru, tenaga kesehatan, kepala desa, PPPK, honorer, dan PNS yang mencalonkan diri",
        "verify": (
            "Larangan kampanye di fasilitas pendidikan disebut pemberitaan tanpa nomor pasal; cari pasalnya di UU "
            "7/2017 dan UU Pilkada sebelum dikutip sebagai ketentuan."
        ),
        "body": [
            (
                "paragraph",
                "<p>Guru, tenaga kesehatan, dan pegawai yang mendampingi desa bekerja dekat "
                "dengan masyarakat. Skenario berikut menerapkan aturan yang sama pada situasi mereka. Larangan membuat "
                "keputusan yang menguntungkan calon dan mengadakan kegiatan keberpihakan berlaku sebelum, selama, "
                "dan sesudah masa kampanye ([[pp-94-2021/pasal-5-huruf-n|PP 94/2021 Pasal 5 huruf n angka 5 dan "
                "6]]).</p>",
            ),
            scenario(
                "Guru: kepala sekolah sebuah SD negeri diminta tim pemenangan meminjamkan halaman sekolah untuk "
                "kampanye pasangan calon bupati pada hari Minggu.",
                "forbidden",
                "Meminjamkan fasilitas sekolah untuk kampanye adalah memakai fasilitas negara bagi kepentingan "
                "calon, yang diancam hukuman disiplin berat. Pemberitaan juga menyebut kampanye di fasilitas "
                "pendidikan dilarang.",
                basis=(PP94, "pasal-14-huruf-i"),
                source=PALPOS_SEKOLAH,
            ),
            scenario(
                "Guru: seorang wali kelas meneruskan ajakan memilih seorang calon ke grup WhatsApp orang tua murid.",
                "forbidden",
                "Ajakan memilih kepada masyarakat adalah kegiatan yang mengarah pada keberpihakan (angka 6), diancam "
                "hukuman disiplin berat; meneruskan konten calon juga termasuk membagikan.",
                basis=(PP94, "pasal-14-huruf-i"),
            ),
            scenario(
                "Guru: seorang kepala sekolah diminta seorang calon menyatakan dukungan di depan rapat guru. Ia "
                "menolak dengan sopan dan tetap menjalankan rapat seperti biasa.",
                "allowed",
                "Menolak adalah sikap yang benar. Mengumpulkan guru untuk menyatakan atau mengajak dukungan adalah "
                "kegiatan keberpihakan kepada pegawai di unit kerja, yang diancam hukuman disiplin berat.",
                basis=(PP94, "pasal-5-huruf-n"),
            ),
            scenario(
                "Tenaga kesehatan: seorang bidan PNS di Puskesmas Batang I membagikan kalender bergambar calon "
                "anggota DPRD kepada pasien saat pelayanan.",
                "forbidden",
                "Memberi barang yang mengarah pada keberpihakan kepada masyarakat (angka 6) diancam hukuman disiplin "
                "berat, di puskesmas maupun di luarnya.",
                basis=(PP94, "pasal-14-huruf-i"),
            ),
            scenario(
                "Kepala desa: seorang kepala desa (bukan ASN) mengumpulkan warga untuk mengarahkan pilihan kepada "
                "satu pasangan calon bupati, dan meminta pegawai kecamatan yang mendampingi desa itu ikut "
                "menyampaikan ajakan.",
                "forbidden",
                "Kepala desa terikat UU 10/2016 Pasal 71: dilarang membuat keputusan atau tindakan yang menguntungkan "
                "pasangan calon, dengan ancaman pidana (Pasal 188). ASN yang mendampingi desa boleh menjalankan "
                "tugasnya (pembinaan, administrasi), tetapi tidak boleh ikut menyampaikan ajakan: itu kegiatan "
                "keberpihakan menurut PP 94/2021.",
                basis=(UU10, "pasal-71-ayat-1"),
            ),
            scenario(
                "PPPK: seorang guru PPPK diajak menjadi pengurus ranting partai politik karena \u201cPPPK bukan "
                "PNS\u201d.",
                "forbidden",
                "PPPK yang menjadi anggota atau pengurus partai politik diputus hubungan perjanjian kerjanya tidak "
                "dengan hormat. Bila PPPK dijatuhi hukuman disiplin berat, perjanjian kerjanya diputus dengan hormat "
                "tidak atas permintaan sendiri (Pasal 53 ayat (2) huruf b).",
                basis=(PP49, "pasal-53-ayat-3-huruf-c"),
            ),
            scenario(
                "Honorer: seorang tenaga honorer di Kecamatan Warungasem mengunggah ajakan memilih seorang calon di "
                "Facebook.",
                "forbidden",
                "Pegawai non-ASN terikat daftar pelanggaran yang sama, dengan sanksi berjenjang sampai pemutusan "
                "kontrak. Bawaslu Batang juga menyatakan larangan ini berlaku bagi pegawai kontrak dan honorer.",
                basis=("se-menpanrb-1-2023", "ppnpn"),
                source=BAWASLU_BATANG,
            ),
            scenario(
                "PNS yang mencalonkan diri: seorang PNS ingin maju sebagai calon bupati dan mulai mendatangi partai "
                "politik untuk meminta dukungan, tanpa mengambil cuti di luar tanggungan negara (CLTN).",
                "forbidden",
                "Mendekati partai politik sebagai bakal calon tanpa CLTN diancam hukuman disiplin sedang. Menurut "
                "daftar larangan menjelang Pilkada 2024, ASN aktif juga tidak boleh mendeklarasikan diri sebagai "
                "bakal calon.",
                basis=(SKB, "disiplin-3"),
                source=DISWAY_PILKADA,
            ),
            key_points(
                "Sekolah, puskesmas, dan kantor adalah fasilitas negara: jangan dipakai untuk calon.",
                "Kepala desa bukan ASN, tetapi terikat UU Pilkada; ASN yang mendampingi desa tetap netral.",
                "PPPK dan honorer terikat larangan yang sama; PPPK anggota partai: diputus tidak dengan hormat.",
                "Ingin mencalonkan diri? Ambil CLTN sebelum mendekati partai.",
            ),
        ],
    },
    {
        "slug": "sanksi",
        "title": "8. Jenis sanksi dan siapa yang menjatuhkan",
        "verify": "",
        "body": [
            ruling(
                "Pelanggaran kode etik dikenai sanksi moral yang dibuat tertulis dan dinyatakan oleh Pejabat Pembina "
                "Kepegawaian (PPK), di Kabupaten Batang yaitu Bupati, berupa pernyataan secara tertutup atau "
                "terbuka.",
                PP42,
                "pasal-15",
            ),
            ("clause_quote", {"clause": (PP94, "pasal-8"), "note": ""}),
            ruling(
                "ASN yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat, baik PNS "
                "maupun PPPK.",
                UU20,
                "pasal-52-ayat-3-huruf-j",
            ),
            ruling(
                "PPPK yang dijatuhi hukuman disiplin tingkat berat diputus hubungan perjanjian kerjanya dengan hormat "
                "tidak atas permintaan sendiri.",
                PP49,
                "pasal-53-ayat-2-huruf-b",
            ),
            ruling(
                "Pegawai non-ASN (honorer) juga wajib netral, dengan sanksi berjenjang sampai pemutusan kontrak.",
                "se-menpanrb-1-2023",
                "ppnpn",
            ),
            scenario(
                "Seorang kepala seksi tahu stafnya membagikan video kampanye ke grup WhatsApp kantor, tetapi diam "
                "saja karena belum ada yang mengadu.",
                "forbidden",
                "Penegakan disiplin tidak menunggu pengaduan. Atasan yang mengetahui pelanggaran bawahannya tetapi "
                "tidak memanggil, memeriksa, atau melaporkannya dijatuhi hukuman yang lebih berat.",
                basis=(PP94, "pasal-28"),
            ),
            key_points(
                "Kode etik: sanksi moral oleh PPK, tertutup atau terbuka.",
                "Sedang: potong tunjangan kinerja 25% selama 6, 9, atau 12 bulan.",
                "Anggota atau pengurus partai: diberhentikan tidak dengan hormat.",
            ),
        ],
    },
    {
        "slug": "pasangan-calon",
        "title": "9. Jika suami atau istri menjadi calon",
        "verify": "Judul resmi dan tanggal SE MenPANRB 18/2023 belum kami lihat.",
        "body": [
            (
                "paragraph",
                "<p>SE MenPANRB Nomor 18 Tahun 2023 mengatur ASN, baik PNS maupun PPPK, yang suami atau istrinya "
                "menjadi calon kepala daerah, calon anggota legislatif, atau calon Presiden/Wakil Presiden "
                "([[se-menpanrb-18-2023/ruang-lingkup|ruang lingkup]]).</p>",
            ),
            (
                "allowed_forbidden",
                {
                    "title": "Mendampingi pasangan yang menjadi calon",
                    "allowed": [
                        "Mendampingi pasangan saat pendaftaran di KPU dan acara perkenalan",
                        "Hadir di kampanye pasangan tanpa ikut aktif, dengan cuti di luar tanggungan negara (CLTN)",
                        "Berfoto bersama pasangan tanpa simbol tangan atau gestur",
                    ],
                    "forbidden": [
                        "Memakai atribut instansi, partai, atau calon",
                        "Memberi tanda suka, mengomentari, membagikan, atau mengunggah dukungan di media sosial",
                        "Menjadi pembicara dalam kegiatan partai",
                    ],
                    "basis": [(SE18, "boleh"), (SE18, "dilarang"), (SE18, "cltn")],
                    "guidance": None,
                },
            ),
            ruling(
                "Ikut dalam deklarasi atau kampanye suami atau istri yang menjadi calon tanpa CLTN tercantum sebagai "
                "pelanggaran kode etik dengan sanksi moral.",
                SKB,
                "etik-7",
            ),
            key_points(
                "Mendampingi kampanye pasangan hanya dengan CLTN dan tanpa ikut aktif.",
                "Media sosial tetap netral, termasuk terhadap unggahan pasangan sendiri.",
            ),
        ],
    },
    {
        "slug": "pelaporan-dan-penegakan",
        "title": "10. Melapor dan alur penegakan",
        "verify": "Tenggat tindak lanjut rekomendasi tidak terdokumentasi; jangan ditambahkan.",
        "body": [
            (
                "paragraph",
                "<h2>Alur penanganan sejak 2024</h2>"
                "<ol>"
                "<li>Bawaslu menemukan atau menerima laporan dugaan pelanggaran netralitas.</li>"
                "<li>Bawaslu meneruskannya ke BKN (Deputi Bidang Pengawasan dan Pengendalian) "
                "([[se-menpanrb-4-2024/pengawasan-bkn|SE MenPANRB 4/2024]]). Sebelumnya tugas ini dijalankan KASN, "
                "yang dibubarkan oleh [[uu-20-2023/pembubaran-kasn|UU 20/2023]].</li>"
                "<li>BKN mengkaji dan menyampaikan rekomendasi kepada PPK.</li>"
                "<li>PPK (Bupati) menjatuhkan sanksi; untuk pelanggaran kode etik berupa sanksi moral "
                "([[pp-42-2004/pasal-15|PP 42/2004 Pasal 15]]).</li>"
                "</ol>",
            ),
            ruling(
                "Jika PPK tidak menindaklanjuti rekomendasi, BKN dapat memblokir data kepegawaian ASN yang "
                "bersangkutan di SIASN. Selama diblokir, layanan kenaikan pangkat, mutasi, dan pensiun tidak "
                "diproses sampai sanksi dijalankan.",
                "peraturan-bkn-1-2023",
                "pemblokiran-siasn",
            ),
            guidance(
                "PPK yang mengabaikan rekomendasi dapat dikenai sanksi oleh Kemendagri atau KemenPANRB. Pada 2020 "
                "Kemendagri memperingatkan 67 kepala daerah dan memberi mereka 3 hari untuk menindaklanjuti 131 "
                "rekomendasi KASN.",
                KEMENDAGRI_2020,
            ),
            guidance(
                "Masyarakat dan sesama pegawai dapat melapor ke Bawaslu Kabupaten Batang atau melalui kanal pengaduan "
                "LAPOR! (lapor.go.id). Sertakan bukti: tangkapan layar, tautan unggahan, waktu, dan tempat kejadian.",
                ALUR_PENGADUAN,
            ),
            (
                "paragraph",
                "<h3>Pidana pemilu</h3>"
                "<p>Sebagian besar pelanggaran netralitas ditangani sebagai pelanggaran disiplin atau kode etik. "
                "Namun menjadi pelaksana atau tim kampanye Pemilu ([[uu-7-2017/pasal-494|UU 7/2017 Pasal 280 ayat "
                "(3) jo. Pasal 494]]) dan membuat keputusan yang menguntungkan pasangan calon dalam Pilkada "
                "([[uu-10-2016/pasal-188|UU 10/2016 Pasal 71 jo. Pasal 188]]) juga dapat dipidana.</p>",
            ),
            key_points(
                "Bawaslu \u2192 BKN \u2192 rekomendasi \u2192 PPK menjatuhkan sanksi.",
                "Rekomendasi diabaikan: data SIASN pegawai dapat diblokir.",
                "Laporkan melalui Bawaslu atau LAPOR! dengan bukti yang jelas.",
            ),
        ],
    },
]
