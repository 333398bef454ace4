"""Demo training content in Indonesian, paraphrased from the regulations it quotes (demo/regulations.py, each
statement tied to its clause) and from named guidance.

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
        "Apa yang boleh dan tidak boleh dilakukan ASN, di kantor maupun di media sosial, menurut Surat Edaran "
        "Bupati Batang Nomor 800/169/2023, PP 94/2021, SKB 2022 dan UU 20/2023, beserta sanksinya."
    ),
    "jp": 2,
    "version": 1,
    "certificate_validity_months": 24,
}

LESSONS = [
    {
        "slug": "dasar-hukum",
        "title": "1. Dasar hukum netralitas ASN",
        "body": [
            (
                "paragraph",
                "<p>Netralitas berarti ASN tidak berpihak kepada pengaruh mana pun dan tidak memihak kepentingan "
                "siapa pun. Kewajiban ini bukan hal baru, tetapi menjelang Pemilu dan Pilkada 2024 aturannya "
                "dipertegas di tingkat nasional maupun daerah.</p>"
                "<h2>Aturan yang menjadi dasar</h2>"
                "<ul>"
                "<li><b>UU 20/2023 tentang ASN</b> (berlaku 31 Oktober 2023): Pasal 9 ayat (2) menyatakan ASN bebas "
                "dari pengaruh dan intervensi semua golongan dan partai politik; Pasal 24 ayat (1) huruf d "
                "menjadikan menjaga netralitas salah satu kewajiban ASN.</li>"
                "<li><b>PP 94/2021 tentang Disiplin PNS</b>: Pasal 5 huruf n melarang PNS memberikan dukungan "
                "kepada calon Presiden/Wakil Presiden, kepala daerah, anggota DPR, DPD dan DPRD dalam tujuh "
                "bentuk.</li>"
                "<li><b>PP 42/2004 tentang Pembinaan Jiwa Korps dan Kode Etik PNS</b>: pelanggaran kode etik "
                "dikenai sanksi moral.</li>"
                "<li><b>PP 49/2018 tentang Manajemen PPPK</b>: tata cara hukuman disiplin PPPK mengikuti aturan "
                "disiplin PNS.</li>"
                "<li><b>Keputusan Bersama (SKB) 22 September 2022</b> MenPANRB, Mendagri, Kepala BKN, Ketua KASN "
                "dan Ketua Bawaslu tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam "
                "Penyelenggaraan Pemilihan Umum dan Pemilihan.</li>"
                "</ul>"
                "<h2>Surat Edaran Bupati Batang</h2>"
                "<p>Pada 11 September 2023 Penjabat Bupati Batang menerbitkan Surat Edaran Nomor 800/169/2023 "
                "tentang Netralitas ASN dalam Pemilu dan Pilkada 2024. Surat edaran ini menerapkan aturan nasional "
                "di atas bagi seluruh pegawai Pemerintah Kabupaten Batang, dengan perhatian khusus pada media "
                "sosial.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Poin penting",
                    "points": [
                        "Menjaga netralitas adalah kewajiban setiap ASN, PNS maupun PPPK (UU 20/2023 Pasal 24).",
                        "Larangan dukungan kepada calon diatur rinci dalam PP 94/2021 Pasal 5 huruf n.",
                        "SE Bupati Batang 800/169/2023 berlaku bagi seluruh pegawai Pemkab Batang.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "media-sosial",
        "title": "2. Netral di media sosial",
        "body": [
            (
                "paragraph",
                "<p>Media sosial adalah sumber pelanggaran netralitas terbesar. Pada Pemilu 2024 sekitar 40% "
                "pelanggaran yang terbukti berupa keberpihakan di media sosial. Karena itu SE 800/169/2023 "
                "secara tegas melarang ASN di Kabupaten Batang melakukan hal-hal berikut terhadap konten "
                "peserta pemilu dan pilkada:</p>"
                "<ul>"
                "<li><b>mengunggah</b> (posting) konten dukungan kepada calon;</li>"
                "<li><b>mengomentari</b> unggahan calon atau tim pemenangannya;</li>"
                "<li><b>membagikan</b> (share) atau meneruskan konten kampanye, termasuk ke grup WhatsApp;</li>"
                "<li><b>menyukai</b> (like) unggahan calon;</li>"
                "<li><b>bergabung atau mengikuti</b> (follow) grup atau akun tim pemenangan calon.</li>"
                "</ul>"
                "<p>Larangan ini sama dengan butir pelanggaran dalam SKB 2022. Terhadap calon yang sudah "
                "ditetapkan KPU, perbuatan tersebut merupakan pelanggaran disiplin berat. Terhadap bakal calon, "
                "perbuatan yang sama merupakan pelanggaran kode etik yang dikenai sanksi moral.</p>"
                "<h2>Bagaimana jika menerima konten politik?</h2>"
                "<p>Menerima notifikasi atau dimasukkan ke grup kampanye oleh orang lain belum merupakan "
                "pelanggaran. Pemkab Batang meminta ASN tidak menanggapi dan tidak membagikan ulang berita "
                "bernuansa politik. Sebaiknya keluar dari grup tersebut.</p>"
                "<h3>Akun pribadi bukan tempat aman</h3>"
                "<p>Suka dan komentar pada akun calon dapat dilihat publik, walaupun akun Anda dikunci. Bingkai "
                "foto profil (twibbon) calon juga termasuk kampanye di media sosial.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Poin penting",
                    "points": [
                        "Jangan unggah, komentari, bagikan, sukai, atau ikuti konten dan akun calon.",
                        "Terhadap calon yang sudah ditetapkan: pelanggaran disiplin berat.",
                        "Terima konten politik? Jangan tanggapi, jangan teruskan, keluar dari grupnya.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "kampanye-dan-fasilitas-negara",
        "title": "3. Kampanye, atribut, dan fasilitas negara",
        "body": [
            (
                "paragraph",
                "<p>PP 94/2021 Pasal 5 huruf n melarang PNS memberikan dukungan kepada calon dengan cara:</p>"
                "<ol>"
                "<li>ikut kampanye;</li>"
                "<li>menjadi peserta kampanye dengan memakai atribut partai atau atribut PNS;</li>"
                "<li>menjadi peserta kampanye dengan mengerahkan PNS lain;</li>"
                "<li>menjadi peserta kampanye dengan memakai fasilitas negara;</li>"
                "<li>membuat keputusan atau tindakan yang menguntungkan atau merugikan calon sebelum, selama, "
                "atau sesudah masa kampanye;</li>"
                "<li>mengadakan kegiatan yang mengarah pada keberpihakan (pertemuan, ajakan, imbauan, seruan, atau "
                "pemberian barang) kepada PNS di lingkungan unit kerjanya, anggota keluarga, dan masyarakat;</li>"
                "<li>memberikan surat dukungan disertai fotokopi KTP.</li>"
                "</ol>"
                "<p>Butir 1 dan 2 diancam hukuman disiplin sedang (Pasal 13 huruf g); butir 3 sampai 7 diancam "
                "hukuman disiplin berat (Pasal 14 huruf i).</p>"
                "<h2>Fasilitas negara</h2>"
                "<p>Mobil dinas, ruang rapat, gedung sekolah, dan anggaran kantor tidak boleh dipakai untuk "
                "kepentingan calon. Mengatur waktu penyaluran bantuan agar menguntungkan calon tertentu juga "
                "termasuk keputusan yang menguntungkan calon.</p>"
                "<h3>Hadir di kampanye: risiko tinggi</h3>"
                "<p>ASN tetap punya hak pilih, dan sebagian pejabat menyatakan ASN boleh hadir untuk mendengar visi "
                "dan misi. Namun ikut kampanye dilarang, dan hadir disertai dukungan aktif adalah pelanggaran berat. "
                "Jika tetap hadir: di luar jam kerja, pasif, tanpa atribut, tanpa yel-yel, tanpa foto dan tanpa "
                "unggahan.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Poin penting",
                    "points": [
                        "Ikut kampanye atau memakai atribut: hukuman disiplin sedang.",
                        "Mengerahkan PNS lain, memakai fasilitas negara, atau membuat keputusan yang menguntungkan "
                        "calon: hukuman disiplin berat.",
                        "Larangan berlaku sebelum, selama, dan sesudah masa kampanye.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "foto-dan-gestur",
        "title": "4. Foto bersama calon dan gestur tangan",
        "body": [
            (
                "paragraph",
                "<p>Mengunggah foto bersama calon atau tim suksesnya yang menunjukkan simbol keberpihakan, memakai "
                "atribut partai, atau berlatar partai dan calon, ke media yang dapat diakses publik adalah "
                "pelanggaran disiplin berat. Jika yang difoto bersama adalah bakal calon, unggahan itu merupakan "
                "pelanggaran kode etik.</p>"
                "<h2>Gestur yang harus dihindari</h2>"
                "<p>Nomor urut pasangan calon presiden 2024 adalah 1, 2, dan 3, sehingga pose jari mudah dibaca "
                "sebagai dukungan. BKN mengingatkan ASN untuk tidak berpose:</p>"
                "<ul>"
                "<li>jempol ke atas, satu jari telunjuk, huruf V (dua jari), tiga jari, atau empat jari;</li>"
                "<li>hati ala Korea, \u201cpistol\u201d, atau \u201ctelepon\u201d (jempol dan kelingking);</li>"
                "<li>salam metal, atau tanda \u201cOK\u201d dengan tiga jari terangkat.</li>"
                "</ul>"
                "<p>Foto resmi kegiatan kantor pun sebaiknya diambil tanpa gestur tangan selama tahun politik.</p>"
                "<h3>Bertemu calon di acara sosial</h3>"
                "<p>Menghadiri pengajian atau resepsi yang juga dihadiri calon, dan bukan acara kampanye, tidak "
                "dilarang. Yang perlu dihindari adalah berfoto bergaya dan mengunggah foto tersebut.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Poin penting",
                    "points": [
                        "Jangan unggah foto bersama calon dengan simbol, atribut, atau latar partai.",
                        "Hindari pose jari dan gestur tangan dalam foto selama tahun politik.",
                        "Hadir di acara sosial boleh; berpose dan mengunggah fotonya jangan.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "sanksi",
        "title": "5. Jenis sanksi dan siapa yang menjatuhkan",
        "body": [
            (
                "paragraph",
                "<h2>Sanksi moral (kode etik)</h2>"
                "<p>Pelanggaran kode etik dikenai sanksi moral menurut PP 42/2004 Pasal 15, berupa pernyataan "
                "secara tertutup atau terbuka. Sanksi moral dibuat tertulis dan dinyatakan oleh Pejabat Pembina "
                "Kepegawaian (PPK), di Kabupaten Batang yaitu Bupati.</p>"
                "<h2>Hukuman disiplin (PP 94/2021 Pasal 8)</h2>"
                "<ul>"
                "<li><b>Ringan</b>: teguran lisan, teguran tertulis, atau pernyataan tidak puas secara tertulis.</li>"
                "<li><b>Sedang</b>: pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan.</li>"
                "<li><b>Berat</b>: penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan dari "
                "jabatan menjadi jabatan pelaksana selama 12 bulan, atau pemberhentian dengan hormat tidak atas "
                "permintaan sendiri.</li>"
                "</ul>"
                "<h2>Keanggotaan partai politik</h2>"
                "<p>ASN yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat "
                "(UU 20/2023 Pasal 52). Bagi PPPK, perjanjian kerjanya diputus tidak dengan hormat "
                "(PP 49/2018 Pasal 53).</p>"
                "<h2>PPPK dan pegawai non-ASN</h2>"
                "<p>PPPK dikenai hukuman disiplin dengan tata cara yang sama dengan PNS. Pegawai non-ASN "
                "(honorer) juga wajib netral menurut SE MenPANRB 01/2023, dengan sanksi berjenjang sampai "
                "pemutusan kontrak.</p>"
                "<h3>Atasan yang membiarkan</h3>"
                "<p>Penegakan disiplin tidak menunggu pengaduan. Atasan langsung yang mengetahui pelanggaran "
                "bawahannya tetapi tidak memanggil, memeriksa, atau melaporkannya dapat dijatuhi hukuman yang "
                "lebih berat.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Poin penting",
                    "points": [
                        "Kode etik: sanksi moral oleh PPK, tertutup atau terbuka.",
                        "Sedang: potong tunjangan kinerja 25% selama 6, 9, atau 12 bulan.",
                        "Anggota atau pengurus partai: diberhentikan tidak dengan hormat.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "pasangan-calon",
        "title": "6. Jika suami atau istri menjadi calon",
        "body": [
            (
                "paragraph",
                "<p>SE MenPANRB Nomor 18 Tahun 2023 mengatur ASN, termasuk PPPK, yang suami atau istrinya menjadi "
                "calon kepala daerah, calon anggota legislatif, atau calon Presiden/Wakil Presiden.</p>"
                "<h2>Yang boleh</h2>"
                "<ul>"
                "<li>mendampingi pasangan saat pendaftaran di KPU dan acara perkenalan;</li>"
                "<li>hadir di kampanye pasangan tanpa ikut aktif, dengan mengambil cuti di luar tanggungan negara "
                "(CLTN);</li>"
                "<li>berfoto bersama pasangan tanpa simbol tangan atau gestur.</li>"
                "</ul>"
                "<h2>Yang tidak boleh</h2>"
                "<ul>"
                "<li>memakai atribut instansi, partai, atau calon;</li>"
                "<li>menyukai, mengomentari, membagikan, mengunggah, atau memasang ikon dukungan di media sosial;</li>"
                "<li>menjadi pembicara dalam kegiatan partai.</li>"
                "</ul>",
            ),
            (
                "key_points",
                {
                    "title": "Poin penting",
                    "points": [
                        "Mendampingi kampanye pasangan hanya dengan CLTN dan tanpa ikut aktif.",
                        "Media sosial tetap netral, termasuk terhadap unggahan pasangan sendiri.",
                    ],
                },
            ),
        ],
    },
    {
        "slug": "pelaporan-dan-penegakan",
        "title": "7. Melapor dan alur penegakan",
        "body": [
            (
                "paragraph",
                "<h2>Alur penanganan</h2>"
                "<ol>"
                "<li>Bawaslu menemukan atau menerima laporan dugaan pelanggaran netralitas.</li>"
                "<li>Bawaslu meneruskannya ke BKN (Deputi Bidang Pengawasan dan Pengendalian). Sampai Agustus 2024 "
                "tugas ini dijalankan KASN, yang dibubarkan oleh UU 20/2023.</li>"
                "<li>BKN mengkaji dan menyampaikan rekomendasi kepada PPK.</li>"
                "<li>PPK (Bupati) menjatuhkan sanksi.</li>"
                "</ol>"
                "<p>Jika PPK tidak menindaklanjuti rekomendasi, BKN dapat memblokir data kepegawaian ASN yang "
                "bersangkutan di SIASN (Peraturan BKN 1/2023). Selama diblokir, layanan kenaikan pangkat, mutasi, "
                "dan pensiun terhenti sampai sanksi dijalankan.</p>"
                "<h2>Cara melapor</h2>"
                "<p>Masyarakat dan sesama pegawai dapat melapor ke Bawaslu Kabupaten Batang atau melalui kanal "
                "pengaduan LAPOR! (lapor.go.id). Sertakan bukti: tangkapan layar, tautan unggahan, waktu, dan "
                "tempat kejadian.</p>"
                "<h3>Pidana pemilu</h3>"
                "<p>Sebagian besar pelanggaran netralitas ditangani sebagai pelanggaran disiplin atau kode etik. "
                "Namun menjadi pelaksana atau tim kampanye (UU 7/2017) dan membuat keputusan yang menguntungkan "
                "calon dalam pilkada (UU 10/2016 Pasal 71) juga dapat dipidana.</p>"
                "<h3>Hak pilih tetap ada</h3>"
                "<p>Netralitas membatasi ungkapan dukungan, bukan hak memilih. ASN tetap memilih secara rahasia di "
                "TPS.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Poin penting",
                    "points": [
                        "Bawaslu \u2192 BKN \u2192 rekomendasi \u2192 PPK menjatuhkan sanksi.",
                        "Rekomendasi diabaikan: data SIASN pegawai dapat diblokir.",
                        "Laporkan melalui Bawaslu atau LAPOR! dengan bukti yang jelas.",
                    ],
                },
            ),
        ],
    },
]


# Blocks that cite the regulation pages: (regulation slug, clause slug) pairs become chosen clauses when seeded.
# Each lesson's list goes in before its closing key-points block.
CITATIONS = {
    "dasar-hukum": [
        ("clause_quote", {"clause": ("uu-20-2023", "pasal-24-ayat-1-huruf-d"), "note": ""}),
        ("clause_quote", {"clause": ("pp-94-2021", "pasal-5-huruf-n"), "note": "Rinciannya dibahas di materi 3."}),
    ],
    "media-sosial": [
        ("clause_quote", {"clause": ("se-bupati-batang-800-169-2023", "pokok-2"), "note": ""}),
        (
            "allowed_forbidden",
            {
                "title": "Di media sosial selama tahun politik",
                "allowed": [
                    "Membaca berita dan mengikuti debat calon",
                    "Menyebarkan informasi resmi KPU tentang jadwal dan tata cara memilih",
                    "Keluar dari grup kampanye yang dimasuki tanpa diminta",
                ],
                "forbidden": [
                    "Menyukai, mengomentari, atau membagikan unggahan calon",
                    "Mengikuti akun atau bergabung dengan grup tim pemenangan",
                    "Memasang bingkai foto profil (twibbon) calon",
                ],
            },
        ),
        (
            "scenario",
            {
                "situation": "Seorang PNS menekan tombol suka pada unggahan Instagram pasangan calon presiden yang "
                "sudah ditetapkan KPU.",
                "ruling": "forbidden",
                "explanation": "Menyukai unggahan calon adalah dukungan di media sosial. Terhadap calon yang sudah "
                "ditetapkan, ancamannya hukuman disiplin berat.",
                "basis": ("skb-netralitas-2022", "disiplin-6"),
            },
        ),
    ],
    "kampanye-dan-fasilitas-negara": [
        (
            "scenario",
            {
                "situation": "Seorang kepala bidang memakai mobil dinas untuk datang ke kampanye calon bupati.",
                "ruling": "forbidden",
                "explanation": "Menjadi peserta kampanye dengan memakai fasilitas negara diancam hukuman disiplin "
                "berat.",
                "basis": ("pp-94-2021", "pasal-14-huruf-i"),
            },
        ),
        (
            "scenario",
            {
                "situation": "Pada hari libur, seorang ASN datang ke kampanye terbuka tanpa atribut, hanya untuk "
                "mendengarkan visi dan misi calon.",
                "ruling": "risky",
                "explanation": "Ikut kampanye dilarang, sedangkan sebagian pejabat menoleransi kehadiran yang pasif. "
                "Jika tetap hadir: pasif, tanpa atribut, tanpa yel-yel, tanpa foto, dan tanpa unggahan.",
                "basis": ("pp-94-2021", "pasal-5-huruf-n"),
            },
        ),
    ],
    "foto-dan-gestur": [
        (
            "scenario",
            {
                "situation": "Dalam foto bersama calon bupati, beberapa staf berpose dua jari. Fotonya diunggah ke "
                "Facebook kantor.",
                "ruling": "forbidden",
                "explanation": "Foto bersama calon dengan simbol keberpihakan yang diunggah ke media publik adalah "
                "pelanggaran disiplin berat.",
                "basis": ("skb-netralitas-2022", "disiplin-7"),
            },
        ),
        (
            "scenario",
            {
                "situation": "Seorang ASN menghadiri pengajian di kampungnya yang juga dihadiri seorang calon "
                "anggota DPRD. Acara itu bukan kampanye.",
                "ruling": "allowed",
                "explanation": "Menghadiri acara sosial atau keagamaan tidak dilarang. Jangan berfoto bergaya "
                "bersama calon dan jangan mengunggah fotonya.",
                "basis": ("skb-netralitas-2022", "etik-5"),
            },
        ),
    ],
    "sanksi": [
        ("clause_quote", {"clause": ("pp-94-2021", "pasal-8"), "note": ""}),
        ("clause_quote", {"clause": ("pp-42-2004", "pasal-15"), "note": ""}),
        (
            "scenario",
            {
                "situation": "Seorang kepala seksi tahu stafnya membagikan video kampanye ke grup WhatsApp kantor, "
                "tetapi diam saja karena belum ada yang mengadu.",
                "ruling": "forbidden",
                "explanation": "Penegakan disiplin tidak menunggu pengaduan. Atasan yang membiarkan pelanggaran dapat "
                "dijatuhi hukuman yang lebih berat.",
                "basis": ("pp-94-2021", "pasal-26-ayat-1"),
            },
        ),
    ],
    "pasangan-calon": [
        ("clause_quote", {"clause": ("se-menpanrb-18-2023", "cltn"), "note": ""}),
    ],
    "pelaporan-dan-penegakan": [
        ("clause_quote", {"clause": ("uu-20-2023", "pembubaran-kasn"), "note": "Lihat juga halaman pembaruan aturan."}),
    ],
}

for _lesson in LESSONS:
    _lesson["body"][-1:-1] = CITATIONS.get(_lesson["slug"], [])
