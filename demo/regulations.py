"""Demo regulations, clauses and one rule update in Indonesian, summarised from the regulations' published texts
and named secondary sources.

Clause texts are our own summaries, not official wording; uncertain points carry an editor-only "verify" note.
Every regulation's summary opens with SUMMARY_NOTE so that learners see the texts are ours.
"""

SUMMARY_NOTE = "<p><i>Ringkasan disusun tim materi dengan kata-kata sendiri, bukan naskah resmi.</i></p>"


TOPICS = [
    ("kewajiban-netralitas", "Kewajiban netralitas"),
    ("media-sosial", "Media sosial"),
    ("kampanye", "Kampanye dan atribut"),
    ("fasilitas-negara", "Fasilitas negara dan keputusan"),
    ("foto-gestur", "Foto dan gestur"),
    ("sanksi", "Sanksi"),
    ("pasangan-calon", "Pasangan calon"),
    ("penegakan", "Pelaporan dan penegakan"),
    ("pencalonan", "Bakal calon, calon, dan pencalonan ASN"),
    ("hak-asn", "Yang tetap boleh dilakukan ASN"),
]

REGULATIONS = [
    {
        "slug": "se-bupati-batang-800-169-2023",
        "title": "Surat Edaran Bupati Batang Nomor 800/169/2023 tentang Netralitas ASN Dalam Pemilu dan Pilkada 2024",
        "short_name": "SE Bupati Batang 800/169/2023",
        "kind": "se_daerah",
        "number": "800/169/2023",
        "issuer": "Penjabat Bupati Batang",
        "signed_on": "2023-09-11",
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p><b>Diringkas dari pemberitaan, bukan dari naskah resmi.</b> Naskah surat edaran ini belum diunggah; "
            'ringkasan di halaman ini disusun dari berita <a href="https://jateng.antaranews.co/amp/berita/509223/'
            'pemkab-batang-larang-asn-bagikan-komentar-capres-melalui-medsos">ANTARA Jateng, 27 September 2023</a>. '
            "Halaman ini diganti setelah BKD Kabupaten Batang mengunggah naskah resminya.</p>"
            "<p>Menurut berita itu, Penjabat Bupati Batang Lani Dwi Rejeki menerbitkan Surat Edaran Nomor "
            "800/169/2023 tanggal 11 September 2023 tentang Netralitas ASN Dalam Pemilu dan Pilkada 2024 dan "
            "menginstruksikannya kepada seluruh ASN. Yang diberitakan adalah larangan di <b>media sosial</b>: ASN "
            "tidak boleh mengunggah, mengomentari, membagikan, menyukai, hingga bergabung (follow) dalam grup atau "
            "akun pemenangan peserta pemilu.</p>"
            "<p>Pada tanggal surat edaran ini, aturan kepegawaian yang berlaku adalah UU 5/2014 tentang ASN (diganti "
            "UU 20/2023 sejak 31 Oktober 2023), PP 94/2021, PP 42/2004, PP 49/2018, dan SKB Netralitas ASN 2022.</p>"
            "<p>Kode 800 pada nomor surat adalah kode klasifikasi arsip untuk urusan kepegawaian.</p>"
        ),
        "verify": (
            "Naskah resmi SE belum kami miliki; seluruh isinya diringkas dari pemberitaan (ANTARA 27 September "
            "2023, bimata.id), jadi mintakan salinan bertanda tangan ke BKD Kabupaten Batang sebelum terbit."
        ),
        "clauses": [
            {
                "number": "Pokok 1 (menurut pemberitaan)",
                "slug": "pokok-1",
                "text": (
                    "Menurut pemberitaan: surat edaran ini diinstruksikan kepada seluruh ASN Pemerintah Kabupaten "
                    "Batang, agar ASN menjaga netralitas dalam Pemilu dan Pilkada 2024."
                ),
                "topics": ["kewajiban-netralitas"],
                "verify": (
                    "Penomoran dan rumusan pokok ini kami susun dari pemberitaan (ANTARA 27 September 2023, "
                    "bimata.id); cocokkan dengan naskah SE 800/169/2023 yang ditandatangani sebelum diterbitkan."
                ),
            },
            {
                "number": "Pokok 2 (menurut pemberitaan)",
                "slug": "pokok-2",
                "text": (
                    "Menurut pemberitaan: ASN tidak boleh mengunggah, mengomentari, membagikan, menyukai, hingga "
                    "bergabung (follow) dalam grup atau akun pemenangan peserta pemilu."
                ),
                "topics": ["media-sosial"],
                "verify": (
                    "Penomoran dan rumusan pokok ini kami susun dari pemberitaan (ANTARA 27 September 2023, "
                    "bimata.id); cocokkan dengan naskah SE 800/169/2023 yang ditandatangani sebelum diterbitkan."
                ),
            },
        ],
    },
    {
        "slug": "pp-94-2021",
        "title": "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
        "short_name": "PP 94/2021",
        "kind": "pp",
        "number": "94 Tahun 2021",
        "issuer": "Presiden Republik Indonesia",
        "signed_on": "2021-08-31",
        "in_force_on": "2021-08-31",
        "status": "in_force",
        "summary": (
            "<p>PP 94/2021 ditetapkan dan diundangkan pada 31 Agustus 2021 menggantikan PP 53/2010. Aturan ini "
            "berlaku juga bagi CPNS dan dilaksanakan lebih lanjut dengan Peraturan BKN 6/2022.</p>"
            "<p>Larangan dukungan kepada calon diatur dalam <b>Pasal 5 huruf n</b> dalam tujuh bentuk. Dua bentuk "
            "pertama diancam hukuman disiplin <b>sedang</b>, lima lainnya hukuman disiplin <b>berat</b>.</p>"
            "<p>Penegakan disiplin adalah tanggung jawab atasan langsung dan tidak menunggu pengaduan.</p>"
        ),
        "verify": "",
        "clauses": [
            {
                "number": "Pasal 5 huruf n",
                "slug": "pasal-5-huruf-n",
                "text": (
                    "PNS dilarang mendukung calon Presiden/Wakil Presiden, kepala daerah, anggota DPR, DPD, atau "
                    "DPRD dengan cara: (1) ikut kampanye; (2) menjadi peserta kampanye dengan atribut partai atau "
                    "atribut PNS; (3) menjadi peserta kampanye dengan mengerahkan PNS lain; (4) menjadi peserta "
                    "kampanye dengan fasilitas negara; (5) membuat keputusan atau tindakan yang menguntungkan atau "
                    "merugikan calon sebelum, selama, atau sesudah kampanye; (6) mengadakan kegiatan yang mengarah "
                    "pada keberpihakan kepada PNS di unit kerjanya, keluarga, atau masyarakat; (7) memberikan "
                    "surat dukungan disertai fotokopi KTP."
                ),
                "topics": ["kewajiban-netralitas", "kampanye", "fasilitas-negara"],
                "verify": "",
            },
            {
                "number": "Pasal 8",
                "slug": "pasal-8",
                "text": (
                    "Hukuman disiplin ringan berupa teguran lisan, teguran tertulis, atau pernyataan tidak puas "
                    "secara tertulis. Hukuman sedang berupa pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 "
                    "bulan. Hukuman berat berupa penurunan jabatan setingkat lebih rendah atau pembebasan dari "
                    "jabatan menjadi pelaksana, masing-masing selama 12 bulan, atau pemberhentian dengan hormat "
                    "tidak atas permintaan sendiri."
                ),
                "topics": ["sanksi"],
                "verify": "",
            },
            {
                "number": "Pasal 10 ayat (1) huruf b dan c",
                "slug": "pasal-10-ayat-1",
                "text": (
                    "Menurut pemberitaan, pasal inilah dasar hukuman disiplin sedang bagi PNS yang sebagai bakal "
                    "calon melakukan pendekatan kepada partai politik tanpa mengambil cuti di luar tanggungan negara."
                ),
                "topics": ["pencalonan", "sanksi"],
                "verify": (
                    "Isi pasal ini hanya kami ketahui dari pemberitaan (bagian verifikasi brief); cocokkan dengan "
                    "naskah resmi PP 94/2021 sebelum dikutip pada sertifikat atau soal."
                ),
            },
            {
                "number": "Pasal 13 huruf g",
                "slug": "pasal-13-huruf-g",
                "text": (
                    "Hukuman disiplin sedang dijatuhkan kepada PNS yang ikut kampanye atau menjadi peserta "
                    "kampanye dengan atribut partai atau atribut PNS (Pasal 5 huruf n angka 1 dan 2)."
                ),
                "topics": ["sanksi", "kampanye"],
                "verify": "",
            },
            {
                "number": "Pasal 14 huruf i",
                "slug": "pasal-14-huruf-i",
                "text": (
                    "Hukuman disiplin berat dijatuhkan untuk bentuk dukungan Pasal 5 huruf n angka 3 sampai 7: "
                    "mengerahkan PNS lain, memakai fasilitas negara, membuat keputusan yang menguntungkan atau "
                    "merugikan calon, mengadakan kegiatan keberpihakan, dan memberikan surat dukungan dengan "
                    "fotokopi KTP."
                ),
                "topics": ["sanksi", "fasilitas-negara", "kampanye"],
                "verify": "",
            },
            {
                "number": "Pasal 26 ayat (1)",
                "slug": "pasal-26-ayat-1",
                "text": (
                    "Penegakan disiplin menjadi tanggung jawab atasan langsung: PNS yang diduga melanggar disiplin "
                    "dipanggil dan diperiksa tanpa harus menunggu adanya pengaduan."
                ),
                "topics": ["penegakan"],
                "verify": (
                    "Brief merujuk Pasal 26 ayat (1) dan Pasal 28 secara bersamaan; pastikan pembagian isi kedua "
                    "pasal ini pada naskah resmi PP 94/2021 di JDIH/peraturan.go.id."
                ),
            },
            {
                "number": "Pasal 28",
                "slug": "pasal-28",
                "text": (
                    "Atasan langsung yang mengetahui pelanggaran disiplin bawahannya tetapi tidak memanggil, "
                    "memeriksa, atau melaporkannya dijatuhi hukuman disiplin yang lebih berat daripada hukuman "
                    "bagi pelanggarnya."
                ),
                "topics": ["penegakan", "sanksi"],
                "verify": (
                    "Brief merujuk Pasal 26 ayat (1) dan Pasal 28 secara bersamaan; pastikan pembagian isi kedua "
                    "pasal ini pada naskah resmi PP 94/2021 di JDIH/peraturan.go.id."
                ),
            },
        ],
    },
    {
        "slug": "skb-netralitas-2022",
        "title": (
            "Keputusan Bersama MenPANRB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu tentang Pedoman "
            "Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum dan Pemilihan"
        ),
        "short_name": "SKB Netralitas ASN 2022",
        "kind": "skb",
        "number": (
            "MenPANRB 2 Tahun 2022; Mendagri 800-5474 Tahun 2022; Kepala BKN 246 Tahun 2022; Ketua KASN 30 Tahun "
            "2022; Ketua Bawaslu 1447.1/PM.01/K.1/09/2022"
        ),
        "issuer": "MenPANRB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu",
        "signed_on": "2022-09-22",
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>Keputusan bersama ini ditandatangani pada 22 September 2022 di KemenPANRB oleh Abdullah Azwar Anas "
            "(MenPANRB), Tito Karnavian (Mendagri), Bima Haria Wibisana (Plt Kepala BKN), Agus Pramusinto (Ketua "
            "KASN), dan Rahmat Bagja (Ketua Bawaslu). SKB ini menggantikan SKB serupa tahun 2020 dan berlaku untuk "
            "Pemilu maupun Pilkada.</p>"
            "<p>Lampirannya membagi pelanggaran menjadi dua:</p>"
            "<ul>"
            "<li><b>pelanggaran kode etik</b>, terkait <i>bakal calon</i> (sebelum ditetapkan KPU), dikenai sanksi "
            "moral menurut PP 42/2004 Pasal 15;</li>"
            "<li><b>pelanggaran disiplin</b>, umumnya terkait <i>calon</i> yang sudah ditetapkan, dikenai hukuman "
            "disiplin menurut PP 94/2021 atau pemberhentian menurut UU ASN.</li>"
            "</ul>"
            "<p>Sejak KASN dibubarkan pada 2024, peran pengawasannya dijalankan BKN. Belum ada SKB pengganti, dan "
            "surat edaran daerah pada Pilkada 2024 masih merujuk SKB ini.</p>"
        ),
        "verify": (
            "Isi lampiran diringkas dari salinan BKN Kanreg VI Medan dan pemberitaan; cocokkan istilah calon/bakal "
            "calon dan tingkat sanksi setiap angka dengan naskah resmi SKB."
        ),
        "clauses": [
            {
                "number": "Lampiran, pelanggaran kode etik angka 1",
                "slug": "etik-1",
                "text": ("Memasang spanduk, baliho, atau alat peraga lain milik bakal calon. Dikenai sanksi moral."),
                "topics": ["kampanye", "pencalonan", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran kode etik angka 2",
                "slug": "etik-2",
                "text": (
                    "Melakukan sosialisasi atau kampanye bagi bakal calon melalui media sosial atau media daring. "
                    "Dikenai sanksi moral."
                ),
                "topics": ["media-sosial", "pencalonan", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran kode etik angka 3",
                "slug": "etik-3",
                "text": "Menghadiri deklarasi atau kampanye bakal calon. Dikenai sanksi moral.",
                "topics": ["kampanye", "pencalonan", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran kode etik angka 4",
                "slug": "etik-4",
                "text": (
                    "Mengunggah, mengomentari, membagikan, menyukai, atau bergabung dan mengikuti grup atau akun tim "
                    "pemenangan bakal calon. Dikenai sanksi moral."
                ),
                "topics": ["media-sosial", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran kode etik angka 5",
                "slug": "etik-5",
                "text": (
                    "Mengunggah ke media sosial atau media lain yang dapat diakses publik foto bersama bakal calon, "
                    "atau bersama tim sukses yang menunjukkan simbol keberpihakan, memakai atribut partai, atau "
                    "berlatar partai maupun calon. Dikenai sanksi moral."
                ),
                "topics": ["foto-gestur", "media-sosial", "sanksi"],
                "verify": (
                    "Pastikan pada naskah SKB apakah syarat simbol, atribut, atau latar juga berlaku untuk foto "
                    "bersama bakal calon itu sendiri, bukan hanya bersama tim suksesnya."
                ),
            },
            {
                "number": "Lampiran, pelanggaran kode etik angka 7",
                "slug": "etik-7",
                "text": (
                    "Ikut dalam deklarasi atau kampanye suami atau istri yang menjadi calon tanpa mengambil cuti di "
                    "luar tanggungan negara (CLTN). Dikenai sanksi moral."
                ),
                "topics": ["pasangan-calon", "kampanye", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran kode etik angka 6",
                "slug": "etik-6",
                "text": (
                    "Mengikuti kegiatan kampanye, sosialisasi, atau pengenalan bakal calon. Dikenai sanksi moral."
                ),
                "topics": ["kampanye", "pencalonan", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 1",
                "slug": "disiplin-1",
                "text": (
                    "Memasang spanduk, baliho, atau alat peraga lain milik calon. Diancam hukuman disiplin berat."
                ),
                "topics": ["kampanye", "sanksi"],
                "verify": (
                    "Tingkat berat untuk angka ini bersumber dari Kompas (November 2023) yang merujuk PP 94/2021 "
                    "Pasal 14 huruf i; cocokkan dengan naskah resmi lampiran SKB."
                ),
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 2",
                "slug": "disiplin-2",
                "text": (
                    "Melakukan sosialisasi atau kampanye bagi calon melalui media sosial atau media daring. "
                    "Diancam hukuman disiplin berat."
                ),
                "topics": ["media-sosial", "kampanye", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 3",
                "slug": "disiplin-3",
                "text": (
                    "Sebagai bakal calon, melakukan pendekatan kepada partai politik atau masyarakat tanpa mengambil "
                    "cuti di luar tanggungan negara (CLTN). Diancam hukuman disiplin sedang."
                ),
                "topics": ["pencalonan", "sanksi"],
                "verify": (
                    "Angka ini memakai istilah bakal calon juga dalam salinan BKN Kanreg VI Medan; pasal sanksinya "
                    "(PP 94/2021 Pasal 10 ayat (1) huruf b dan c) dikutip dari pemberitaan."
                ),
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 4",
                "slug": "disiplin-4",
                "text": (
                    "Menghadiri deklarasi atau kampanye calon disertai dukungan aktif atau tindakan keberpihakan. "
                    "Diancam hukuman disiplin berat."
                ),
                "topics": ["kampanye", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 5",
                "slug": "disiplin-5",
                "text": (
                    "Menjadi anggota atau pengurus partai politik. Sanksinya pemberhentian tidak dengan hormat "
                    "menurut UU ASN."
                ),
                "topics": ["kewajiban-netralitas", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 6",
                "slug": "disiplin-6",
                "text": (
                    "Mengunggah, mengomentari, membagikan, menyukai, atau bergabung dan mengikuti grup atau akun tim "
                    "pemenangan calon. Diancam hukuman disiplin berat."
                ),
                "topics": ["media-sosial", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 7",
                "slug": "disiplin-7",
                "text": (
                    "Mengunggah ke media yang dapat diakses publik foto bersama calon atau tim sukses yang "
                    "menunjukkan simbol keberpihakan, memakai atribut partai, atau berlatar partai maupun calon. "
                    "Diancam hukuman disiplin berat."
                ),
                "topics": ["foto-gestur", "media-sosial", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 8",
                "slug": "disiplin-8",
                "text": (
                    "Mengadakan kegiatan yang mengarah pada keberpihakan kepada calon. Diancam hukuman disiplin "
                    "berat (PP 94/2021 Pasal 5 huruf n angka 6 jo. Pasal 14 huruf i)."
                ),
                "topics": ["kampanye", "sanksi"],
                "verify": (
                    "Sebagian pemberitaan menyebut sanksi sedang (mengikuti PP 53/2010 yang lama); pastikan "
                    "tingkat sanksi angka ini pada naskah resmi lampiran SKB."
                ),
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 9",
                "slug": "disiplin-9",
                "text": (
                    "Menjadi tim ahli, tim pemenangan, atau konsultan bakal calon sebelum peserta ditetapkan KPU. "
                    "Diancam hukuman disiplin sedang."
                ),
                "topics": ["pencalonan", "kampanye", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 10",
                "slug": "disiplin-10",
                "text": (
                    "Menjadi tim ahli, tim pemenangan, atau konsultan calon setelah peserta ditetapkan KPU. Diancam "
                    "hukuman disiplin berat."
                ),
                "topics": ["pencalonan", "kampanye", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 11",
                "slug": "disiplin-11",
                "text": (
                    "Mendukung bakal calon perseorangan dengan memberikan surat dukungan atau mengumpulkan fotokopi "
                    "KTP. Diancam hukuman disiplin berat."
                ),
                "topics": ["pencalonan", "kampanye", "sanksi"],
                "verify": "",
            },
            {
                "number": "Lampiran, pelanggaran disiplin angka 12",
                "slug": "disiplin-12",
                "text": (
                    "Membuat keputusan atau tindakan yang menguntungkan atau merugikan partai politik atau calon. "
                    "Diancam hukuman disiplin berat."
                ),
                "topics": ["fasilitas-negara", "sanksi"],
                "verify": "",
            },
        ],
    },
    {
        "slug": "pp-42-2004",
        "title": (
            "Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil"
        ),
        "short_name": "PP 42/2004",
        "kind": "pp",
        "number": "42 Tahun 2004",
        "issuer": "Presiden Republik Indonesia",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>PP 42/2004 mengatur jiwa korps dan kode etik PNS. Kewajiban menghindari konflik kepentingan "
            "menjadi dasar butir pelanggaran kode etik netralitas dalam SKB 2022.</p>"
            "<p>Pelanggaran kode etik dikenai <b>sanksi moral</b> yang dinyatakan oleh Pejabat Pembina "
            "Kepegawaian (PPK), di Kabupaten Batang yaitu Bupati.</p>"
        ),
        "verify": "",
        "clauses": [
            {
                "number": "Pasal 11 huruf c",
                "slug": "pasal-11-huruf-c",
                "text": (
                    "Sebagai bagian dari etika terhadap diri sendiri, PNS wajib menghindari konflik kepentingan "
                    "pribadi, kelompok, maupun golongan."
                ),
                "topics": ["kewajiban-netralitas"],
                "verify": "",
            },
            {
                "number": "Pasal 15",
                "slug": "pasal-15",
                "text": (
                    "PNS yang melanggar kode etik dikenai sanksi moral yang dibuat tertulis dan dinyatakan oleh PPK, "
                    "berupa pernyataan secara tertutup atau secara terbuka. Atas rekomendasi Majelis Kode Etik, "
                    "pelanggar juga dapat dikenai tindakan administratif."
                ),
                "topics": ["sanksi", "penegakan"],
                "verify": "",
            },
        ],
    },
    {
        "slug": "uu-20-2023",
        "title": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
        "short_name": "UU 20/2023",
        "kind": "uu",
        "number": "20 Tahun 2023",
        "issuer": "Presiden Republik Indonesia dengan persetujuan DPR RI",
        "signed_on": None,
        "in_force_on": "2023-10-31",
        "status": "in_force",
        "summary": (
            "<p>UU 20/2023 disetujui DPR pada 3 Oktober 2023 dan berlaku sejak diundangkan pada 31 Oktober 2023. "
            "Undang-undang ini menggantikan UU 5/2014.</p>"
            "<p>Netralitas tetap menjadi kewajiban ASN: ASN harus bebas dari pengaruh golongan dan partai politik, "
            "dan ASN yang menjadi anggota atau pengurus partai diberhentikan tidak dengan hormat, baik PNS maupun "
            "PPPK.</p>"
            "<p>Undang-undang ini juga membubarkan KASN. Pemindahan fungsi KASN diatur kemudian, pada 2024, oleh "
            "Perpres 91/2024, Perpres 92/2024, dan SE MenPANRB 4/2024.</p>"
        ),
        "verify": "",
        "clauses": [
            {
                "number": "Pasal 9 ayat (2)",
                "slug": "pasal-9-ayat-2",
                "text": "Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.",
                "topics": ["kewajiban-netralitas"],
                "verify": "",
            },
            {
                "number": "Pasal 24 ayat (1) huruf d",
                "slug": "pasal-24-ayat-1-huruf-d",
                "text": (
                    "Menjaga netralitas adalah salah satu dari lima kewajiban pegawai ASN, bersama kesetiaan, "
                    "ketaatan pada peraturan perundang-undangan, pelaksanaan nilai dasar dan kode etik, serta "
                    "kesediaan ditempatkan di mana saja."
                ),
                "topics": ["kewajiban-netralitas"],
                "verify": "",
            },
            {
                "number": "Pasal 49",
                "slug": "pasal-49",
                "text": (
                    "Setiap pegawai ASN wajib mengembangkan kompetensinya melalui pembelajaran berkelanjutan dalam "
                    "sistem pembelajaran terintegrasi (ASN Corporate University)."
                ),
                "topics": [],
                "verify": "",
            },
            {
                "number": "Pasal 52 ayat (3) huruf j",
                "slug": "pasal-52-ayat-3-huruf-j",
                "text": (
                    "Menjadi anggota atau pengurus partai politik merupakan alasan pemberhentian pegawai ASN. "
                    "Bersama ayat (4), ketentuan ini berarti pemberhentian tidak dengan hormat, baik PNS maupun "
                    "PPPK."
                ),
                "topics": ["kewajiban-netralitas", "sanksi"],
                "verify": "",
            },
            {
                "number": "Ketentuan pembubaran KASN",
                "slug": "pembubaran-kasn",
                "text": (
                    "Undang-undang ini membubarkan Komisi Aparatur Sipil Negara (KASN). Ke mana fungsi KASN beralih "
                    "tidak diatur di sini, tetapi pada 2024 oleh Perpres 91/2024, Perpres 92/2024, dan SE MenPANRB "
                    "4/2024."
                ),
                "topics": ["penegakan"],
                "verify": (
                    "Brief tidak mencatat nomor pasal yang menghapus KASN; cari pasalnya di naskah resmi UU 20/2023 "
                    "(peraturan.go.id) lalu sesuaikan nomor klausul ini."
                ),
            },
        ],
    },
    {
        "slug": "uu-5-2014",
        "title": "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
        "short_name": "UU 5/2014",
        "kind": "uu",
        "number": "5 Tahun 2014",
        "issuer": "Presiden Republik Indonesia dengan persetujuan DPR RI",
        "signed_on": None,
        "in_force_on": None,
        "status": "revoked",
        "summary": (
            "<p>UU 5/2014 menjadi dasar hukum ASN sampai digantikan oleh <b>UU 20/2023</b> pada Oktober 2023. "
            "Banyak materi sosialisasi netralitas lama masih mengutip pasal-pasalnya.</p>"
            "<p>Ketentuan pokok tentang netralitas, yaitu bebas dari pengaruh partai politik dan larangan menjadi "
            "anggota atau pengurus partai, dilanjutkan dalam UU 20/2023.</p>"
        ),
        "verify": "",
        "clauses": [
            {
                "number": "Pasal 2 huruf f",
                "slug": "pasal-2-huruf-f",
                "text": (
                    "Netralitas adalah salah satu asas penyelenggaraan kebijakan dan manajemen ASN. Penjelasannya "
                    "mengartikan netralitas sebagai tidak berpihak pada pengaruh mana pun dan tidak memihak "
                    "kepentingan siapa pun."
                ),
                "topics": ["kewajiban-netralitas"],
                "verify": "",
            },
            {
                "number": "Pasal 9 ayat (2)",
                "slug": "pasal-9-ayat-2",
                "text": "Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.",
                "topics": ["kewajiban-netralitas"],
                "verify": "",
            },
            {
                "number": "Pasal 87 ayat (4) huruf c",
                "slug": "pasal-87-ayat-4-huruf-c",
                "text": "PNS yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat.",
                "topics": ["kewajiban-netralitas", "sanksi"],
                "verify": "",
            },
        ],
    },
    {
        "slug": "pp-49-2018",
        "title": (
            "Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja"
        ),
        "short_name": "PP 49/2018",
        "kind": "pp",
        "number": "49 Tahun 2018",
        "issuer": "Presiden Republik Indonesia",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>PP 49/2018 mengatur manajemen Pegawai Pemerintah dengan Perjanjian Kerja (PPPK). Kewajiban netral "
            "berlaku sama bagi PPPK; tata cara hukuman disiplinnya mengikuti aturan disiplin PNS.</p>"
            "<p>Pelanggaran disiplin berat dan keanggotaan partai politik dapat berujung pada <b>pemutusan "
            "hubungan perjanjian kerja</b>.</p>"
            "<p>Pegawai non-ASN (honorer/PPNPN) diatur terpisah oleh SE MenPANRB 01/2023, dengan sanksi "
            "berjenjang sampai pemutusan kontrak.</p>"
        ),
        "verify": "",
        "clauses": [
            {
                "number": "Pasal 51",
                "slug": "pasal-51",
                "text": "PPPK wajib menaati ketentuan disiplin PPPK.",
                "topics": ["kewajiban-netralitas"],
                "verify": "",
            },
            {
                "number": "Pasal 52 ayat (3)",
                "slug": "pasal-52-ayat-3",
                "text": "Tata cara penjatuhan hukuman disiplin bagi PPPK mengikuti ketentuan disiplin PNS.",
                "topics": ["sanksi", "penegakan"],
                "verify": "",
            },
            {
                "number": "Pasal 53 ayat (2) huruf b",
                "slug": "pasal-53-ayat-2-huruf-b",
                "text": (
                    "PPPK yang dijatuhi hukuman disiplin tingkat berat diputus hubungan perjanjian kerjanya dengan "
                    "hormat tidak atas permintaan sendiri."
                ),
                "topics": ["sanksi"],
                "verify": "",
            },
            {
                "number": "Pasal 53 ayat (3) huruf c",
                "slug": "pasal-53-ayat-3-huruf-c",
                "text": (
                    "PPPK yang menjadi anggota atau pengurus partai politik diputus hubungan perjanjian kerjanya "
                    "tidak dengan hormat."
                ),
                "topics": ["kewajiban-netralitas", "sanksi"],
                "verify": "",
            },
        ],
    },
    {
        "slug": "se-menpanrb-18-2023",
        "title": (
            "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 18 Tahun 2023 "
            "(judul ringkasan kami: netralitas pegawai ASN yang suami atau istrinya menjadi calon)"
        ),
        "short_name": "SE MenPANRB 18/2023",
        "kind": "se_menteri",
        "number": "18 Tahun 2023",
        "issuer": "Menteri PANRB",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p><b>Judul di halaman ini adalah ringkasan kami;</b> judul resmi surat edaran ini belum kami lihat.</p>"
            "<p>Surat edaran ini mengatur netralitas ASN, termasuk PPPK, yang suami atau istrinya menjadi calon "
            "kepala daerah, calon anggota legislatif, atau calon Presiden/Wakil Presiden. Isinya diberitakan pada "
            "29 September 2023 dan ditegaskan kembali untuk Pilkada pada 8 Oktober 2024.</p>"
            "<p>Intinya: ASN boleh mendampingi pasangannya secara terbatas, tetapi tetap tidak boleh ikut aktif "
            "berkampanye, memakai atribut, atau menunjukkan dukungan di media sosial. Untuk mendampingi kampanye, "
            "ASN wajib mengambil <b>cuti di luar tanggungan negara (CLTN)</b>.</p>"
        ),
        "verify": (
            "Judul resmi SE belum kami lihat (judul di sini ringkasan kami) dan tanggal penetapannya belum "
            "diketahui; sesuaikan dengan naskah resmi di JDIH KemenPANRB."
        ),
        "clauses": [
            {
                "number": "Ruang lingkup",
                "slug": "ruang-lingkup",
                "text": (
                    "Berlaku bagi pegawai ASN, termasuk PPPK, yang suami atau istrinya menjadi calon kepala daerah, "
                    "calon anggota legislatif, atau calon Presiden/Wakil Presiden."
                ),
                "topics": ["pasangan-calon"],
                "verify": (
                    "Label butir ini susunan kami dari pemberitaan dan ringkasan BKN; cocokkan nomor butir dan "
                    "rumusannya dengan naskah resmi SE MenPANRB 18/2023 di JDIH KemenPANRB."
                ),
            },
            {
                "number": "Yang diperbolehkan",
                "slug": "boleh",
                "text": (
                    "ASN boleh mendampingi pasangannya saat pendaftaran di KPU/KPUD dan acara perkenalan, hadir "
                    "dalam kampanye pasangan tanpa ikut aktif, serta berfoto bersama pasangan tanpa simbol tangan "
                    "atau gestur."
                ),
                "topics": ["pasangan-calon", "foto-gestur"],
                "verify": (
                    "Label butir ini susunan kami dari pemberitaan dan ringkasan BKN; cocokkan nomor butir dan "
                    "rumusannya dengan naskah resmi SE MenPANRB 18/2023 di JDIH KemenPANRB."
                ),
            },
            {
                "number": "Yang dilarang",
                "slug": "dilarang",
                "text": (
                    "ASN dilarang memakai atribut instansi, partai, atau calon; menyukai, mengomentari, membagikan, "
                    "mengunggah, atau memasang ikon dukungan di media sosial; dan menjadi pembicara dalam kegiatan "
                    "partai."
                ),
                "topics": ["pasangan-calon", "media-sosial", "kampanye"],
                "verify": (
                    "Label butir ini susunan kami dari pemberitaan dan ringkasan BKN; cocokkan nomor butir dan "
                    "rumusannya dengan naskah resmi SE MenPANRB 18/2023 di JDIH KemenPANRB."
                ),
            },
            {
                "number": "Cuti di luar tanggungan negara",
                "slug": "cltn",
                "text": (
                    "ASN yang mendampingi pasangannya dalam kampanye wajib mengambil cuti di luar tanggungan negara "
                    "(CLTN)."
                ),
                "topics": ["pasangan-calon", "kampanye"],
                "verify": (
                    "Label butir ini susunan kami dari pemberitaan dan ringkasan BKN; cocokkan nomor butir dan "
                    "rumusannya dengan naskah resmi SE MenPANRB 18/2023 di JDIH KemenPANRB."
                ),
            },
        ],
    },
    {
        "slug": "uu-7-2017",
        "title": "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
        "short_name": "UU 7/2017",
        "kind": "uu",
        "number": "7 Tahun 2017",
        "issuer": "Presiden Republik Indonesia dengan persetujuan DPR RI",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>UU 7/2017 mengatur Pemilu (Presiden dan Wakil Presiden, DPR, DPD, dan DPRD), termasuk Pemilu 2024. "
            "Selain hukuman disiplin, beberapa perbuatan ASN dalam Pemilu diancam <b>pidana pemilu</b>.</p>"
            "<p>Halaman ini hanya memuat pasal yang dipakai dalam pelatihan.</p>"
        ),
        "verify": (
            "Tanggal pengesahan dan pengundangan belum tercatat di brief; lengkapi dari naskah resmi (peraturan.go.id)."
        ),
        "clauses": [
            {
                "number": "Pasal 280 ayat (2) huruf f",
                "slug": "pasal-280-ayat-2-huruf-f",
                "text": "Pelaksana dan/atau tim kampanye Pemilu dilarang mengikutsertakan ASN dalam kegiatan kampanye.",
                "topics": ["kampanye"],
                "verify": (
                    "Ancaman pidananya disebut Pasal 493 oleh satu sumber dan Pasal 521 oleh sumber lain; jangan "
                    "cantumkan nomor pasal pidana ini sebelum dicek pada naskah resmi."
                ),
            },
            {
                "number": "Pasal 280 ayat (3)",
                "slug": "pasal-280-ayat-3",
                "text": "ASN dilarang ikut serta sebagai pelaksana dan/atau tim kampanye Pemilu.",
                "topics": ["kampanye", "pencalonan"],
                "verify": "",
            },
            {
                "number": "Pasal 282",
                "slug": "pasal-282",
                "text": (
                    "Pejabat dilarang membuat keputusan dan/atau melakukan tindakan yang menguntungkan atau merugikan "
                    "salah satu peserta Pemilu selama masa kampanye."
                ),
                "topics": ["fasilitas-negara"],
                "verify": "Pejabat mana saja yang disebut pasal ini belum kami baca; lengkapi dari naskah resmi.",
            },
            {
                "number": "Pasal 283 ayat (1)",
                "slug": "pasal-283-ayat-1",
                "text": (
                    "Pejabat negara, pejabat struktural dan fungsional dalam jabatan negeri, serta ASN lainnya "
                    "dilarang mengadakan kegiatan yang mengarah pada keberpihakan kepada peserta Pemilu sebelum, "
                    "selama, dan sesudah masa kampanye."
                ),
                "topics": ["kampanye", "kewajiban-netralitas"],
                "verify": "",
            },
            {
                "number": "Pasal 494",
                "slug": "pasal-494",
                "text": (
                    "ASN yang melanggar larangan Pasal 280 ayat (3), yaitu ikut serta sebagai pelaksana atau tim "
                    "kampanye, diancam pidana kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000."
                ),
                "topics": ["kampanye", "sanksi"],
                "verify": "",
            },
        ],
    },
    {
        "slug": "uu-10-2016",
        "title": (
            "Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 "
            "(Pemilihan Gubernur, Bupati, dan Wali Kota)"
        ),
        "short_name": "UU 10/2016",
        "kind": "uu",
        "number": "10 Tahun 2016",
        "issuer": "Presiden Republik Indonesia dengan persetujuan DPR RI",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>UU 10/2016 adalah undang-undang Pilkada (pemilihan gubernur, bupati, dan wali kota), yang dipakai "
            "dalam Pilkada 2024. Dalam Pilkada, yang dipilih adalah <b>pasangan calon</b>; larangannya berlaku "
            "bagi pejabat negara, pejabat ASN, dan <b>kepala desa</b> (yang bukan ASN).</p>"
            "<p>Halaman ini hanya memuat pasal yang dipakai dalam pelatihan.</p>"
        ),
        "verify": (
            "Judul lengkap undang-undang ini diringkas; Pasal 70 tidak kami ringkas karena brief tidak memuat "
            "isinya. Lengkapi dari naskah resmi (peraturan.go.id)."
        ),
        "clauses": [
            {
                "number": "Pasal 71 ayat (1)",
                "slug": "pasal-71-ayat-1",
                "text": (
                    "Pejabat negara, pejabat ASN, dan kepala desa dilarang membuat keputusan dan/atau tindakan yang "
                    "menguntungkan atau merugikan salah satu pasangan calon."
                ),
                "topics": ["fasilitas-negara", "kewajiban-netralitas"],
                "verify": (
                    "Diringkas dari pemberitaan (radartasik, tandaseru); daftar lengkap pejabat yang disebut pasal "
                    "ini belum kami baca."
                ),
            },
            {
                "number": "Pasal 188",
                "slug": "pasal-188",
                "text": (
                    "Pelanggaran Pasal 71 oleh pejabat negara, pejabat ASN, atau kepala desa diancam pidana penjara "
                    "paling singkat 1 bulan atau paling lama 6 bulan dan/atau denda paling "
                    "sedikit Rp600.000 atau paling banyak Rp6.000.000."
                ),
                "topics": ["fasilitas-negara", "sanksi"],
                "verify": "",
            },
        ],
    },
    {
        "slug": "pkpu-2-2024",
        "title": "Peraturan KPU Nomor 2 Tahun 2024 tentang Tahapan dan Jadwal Pilkada 2024",
        "short_name": "PKPU 2/2024",
        "kind": "other",
        "number": "2 Tahun 2024",
        "issuer": "Komisi Pemilihan Umum",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>Tahapan dan jadwal Pilkada serentak 2024, termasuk tanggal <b>penetapan pasangan calon</b>: sejak "
            "tanggal itu bakal calon menjadi calon.</p>"
        ),
        "verify": "Judul resmi PKPU diringkas; cocokkan judul dan nomor lampiran dengan naskah di jdih.kpu.go.id.",
        "clauses": [
            {
                "number": "Lampiran: jadwal tahapan",
                "slug": "jadwal",
                "text": (
                    "Dukungan calon perseorangan 5 Mei\u201319 Agustus 2024; pendaftaran pasangan calon 27\u201329 "
                    "Agustus 2024; penetapan pasangan calon 22 September 2024; pengundian nomor urut 23 September "
                    "2024; kampanye 25 September\u201323 November 2024; masa tenang 24\u201326 November 2024; "
                    "pemungutan suara 27 November 2024."
                ),
                "topics": ["pencalonan"],
                "verify": "",
            },
        ],
    },
    {
        "slug": "pkpu-jadwal-pemilu-2024",
        "title": "PKPU 3/2022 (tahapan Pemilu 2024) dan PKPU 15/2023 (kampanye Pemilu)",
        "short_name": "PKPU 3/2022 dan 15/2023",
        "kind": "other",
        "number": "3 Tahun 2022; 15 Tahun 2023",
        "issuer": "Komisi Pemilihan Umum",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>Tahapan dan jadwal Pemilu 2024 (PKPU 3/2022) dan aturan kampanyenya (PKPU 15/2023). Halaman ini "
            "memuat tanggal yang dipakai dalam pelatihan.</p>"
        ),
        "verify": (
            "Tanggal penetapan daftar calon tetap anggota legislatif dan penetapan pasangan calon presiden tidak "
            "tercatat di brief; jangan tambahkan tanggal itu sebelum dicek di jdih.kpu.go.id."
        ),
        "clauses": [
            {
                "number": "Jadwal tahapan Pemilu 2024",
                "slug": "jadwal",
                "text": (
                    "Pendaftaran calon presiden 19 Oktober\u201325 November 2023; pengundian nomor urut pasangan "
                    "calon presiden 14 November 2023; kampanye 28 November 2023\u201310 Februari 2024; masa tenang "
                    "11\u201313 Februari 2024; pemungutan suara 14 Februari 2024."
                ),
                "topics": ["pencalonan"],
                "verify": "",
            },
        ],
    },
    {
        "slug": "perpres-91-2024",
        "title": "Peraturan Presiden Nomor 91 Tahun 2024 (fungsi KASN setelah pembubarannya)",
        "short_name": "Perpres 91/2024",
        "kind": "other",
        "number": "91 Tahun 2024",
        "issuer": "Presiden Republik Indonesia",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>Salah satu dari dua Perpres 2024 yang, bersama SE MenPANRB 4/2024, memindahkan fungsi KASN: "
            "pengawasan kode etik, sistem merit, dan netralitas ke BKN; kebijakan sistem merit ke KemenPANRB. "
            "Judul resmi dan tanggalnya belum kami lihat.</p>"
        ),
        "verify": (
            "Judul, tanggal penetapan, dan isi Pasal 28A hanya diketahui dari pemberitaan dan rujukan SE "
            "MenPANRB 4/2024; cocokkan dengan naskah resmi di peraturan.go.id."
        ),
        "clauses": [
            {
                "number": "Pasal 28A",
                "slug": "pasal-28a",
                "text": (
                    "Dirujuk SE MenPANRB 4/2024 sebagai dasar beralihnya fungsi pengawasan KASN, termasuk "
                    "pengawasan netralitas ASN, ke BKN."
                ),
                "topics": ["penegakan"],
                "verify": "Isi pasal ini belum dibaca dari naskah resmi.",
            },
        ],
    },
    {
        "slug": "perpres-92-2024",
        "title": "Peraturan Presiden Nomor 92 Tahun 2024 (fungsi KASN setelah pembubarannya)",
        "short_name": "Perpres 92/2024",
        "kind": "other",
        "number": "92 Tahun 2024",
        "issuer": "Presiden Republik Indonesia",
        "signed_on": None,
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>Perpres kedua yang dirujuk SE MenPANRB 4/2024 dalam pemindahan fungsi KASN. Judul resmi dan "
            "tanggalnya belum kami lihat.</p>"
        ),
        "verify": "Judul, tanggal, dan isi Pasal 3\u20134 hanya diketahui dari rujukan SE MenPANRB 4/2024.",
        "clauses": [
            {
                "number": "Pasal 3\u20134",
                "slug": "pasal-3-4",
                "text": (
                    "Dirujuk SE MenPANRB 4/2024 dalam pembagian fungsi KASN: pengawasan ke BKN, kebijakan sistem "
                    "merit ke KemenPANRB."
                ),
                "topics": ["penegakan"],
                "verify": "Isi pasal ini belum dibaca dari naskah resmi.",
            },
        ],
    },
    {
        "slug": "se-menpanrb-4-2024",
        "title": "Surat Edaran MenPANRB Nomor 4 Tahun 2024 (pelaksanaan fungsi KASN setelah pembubarannya)",
        "short_name": "SE MenPANRB 4/2024",
        "kind": "se_menteri",
        "number": "4 Tahun 2024",
        "issuer": "Menteri PANRB",
        "signed_on": "2024-09-04",
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>Surat edaran tanggal 4 September 2024 ini, merujuk Perpres 91/2024 dan Perpres 92/2024, mengatur "
            "ke mana tugas KASN beralih setelah KASN berhenti bekerja pada Agustus 2024. Judul di halaman ini "
            "adalah ringkasan kami.</p>"
        ),
        "verify": "Judul resmi belum kami lihat; cocokkan isi dengan naskah di JDIH KemenPANRB.",
        "clauses": [
            {
                "number": "Pengalihan pengawasan",
                "slug": "pengawasan-bkn",
                "text": (
                    "Pengawasan netralitas ASN beralih ke BKN (Deputi Bidang Pengawasan dan Pengendalian), dan "
                    "kebijakan sistem merit ke KemenPANRB. Kasus yang sudah diproses KASN diserahkan ke MenPANRB; "
                    "kasus baru disampaikan kepada Kepala BKN."
                ),
                "topics": ["penegakan"],
                "verify": "Label butir ini susunan kami; cocokkan rumusannya dengan naskah resmi.",
            },
        ],
    },
    {
        "slug": "peraturan-bkn-1-2023",
        "title": "Peraturan BKN Nomor 1 Tahun 2023 (pengawasan dan pengendalian NSPK manajemen ASN)",
        "short_name": "Peraturan BKN 1/2023",
        "kind": "other",
        "number": "1 Tahun 2023",
        "issuer": "Kepala Badan Kepegawaian Negara",
        "signed_on": None,
        "in_force_on": "2023-01-10",
        "status": "in_force",
        "summary": (
            "<p>Diundangkan 10 Januari 2023, melaksanakan Perpres 116/2022 tentang pengawasan NSPK. Aturan ini "
            "menjadi dasar BKN memblokir data kepegawaian di SIASN bila PPK tidak menindaklanjuti rekomendasi. "
            "Judul di halaman ini adalah ringkasan kami.</p>"
        ),
        "verify": "Judul resmi dan pasal pemblokiran belum kami lihat; cocokkan dengan naskah resmi.",
        "clauses": [
            {
                "number": "Pemblokiran data SIASN",
                "slug": "pemblokiran-siasn",
                "text": (
                    "Jika PPK tidak menindaklanjuti rekomendasi, BKN dapat memperingatkan PPK lalu memblokir data "
                    "atau layanan kepegawaian ASN yang bersangkutan di SIASN: kenaikan pangkat, mutasi, dan pensiun "
                    "tidak diproses sampai sanksi dijalankan."
                ),
                "topics": ["penegakan", "sanksi"],
                "verify": "Label butir ini susunan kami dari pemberitaan (suara.com, 7 Februari 2024).",
            },
        ],
    },
    {
        "slug": "se-menpanrb-1-2023",
        "title": "Surat Edaran MenPANRB Nomor 01 Tahun 2023 (netralitas pegawai pemerintah non-PNS)",
        "short_name": "SE MenPANRB 01/2023",
        "kind": "se_menteri",
        "number": "01 Tahun 2023",
        "issuer": "Menteri PANRB",
        "signed_on": "2023-01-03",
        "in_force_on": None,
        "status": "in_force",
        "summary": (
            "<p>Surat edaran tanggal 3 Januari 2023 tentang pengawasan netralitas pegawai pemerintah non-PNS "
            "(PPNPN, termasuk tenaga honorer). Judul di halaman ini adalah ringkasan kami.</p>"
        ),
        "verify": "Judul resmi belum kami lihat; ringkasan dari deras.id. Cocokkan dengan naskah resmi.",
        "clauses": [
            {
                "number": "Larangan dan sanksi bagi PPNPN",
                "slug": "ppnpn",
                "text": (
                    "Pegawai non-ASN (PPNPN/honorer) terikat daftar pelanggaran netralitas yang sama dengan ASN, "
                    "dengan sanksi berjenjang sampai pemutusan hubungan kerja menurut kontrak tahunannya. PPK dan "
                    "pejabat yang berwenang bertanggung jawab atas pengawasannya."
                ),
                "topics": ["kewajiban-netralitas", "sanksi"],
                "verify": "Label butir ini susunan kami; cocokkan rumusannya dengan naskah resmi.",
            },
        ],
    },
]

RULE_UPDATE = {
    "slug": "pembubaran-kasn-2024",
    "title": "Pembubaran KASN: pengawasan netralitas ASN beralih ke BKN",
    "regulation": "se-menpanrb-4-2024",
    "clauses": [
        ("uu-20-2023", "pembubaran-kasn"),
        ("se-menpanrb-4-2024", "pengawasan-bkn"),
        ("perpres-91-2024", "pasal-28a"),
    ],
    "effective_date": "2024-08-24",
    "requires_recertification": True,
    "summary": (
        "<p><b>Sebelumnya</b>, dugaan pelanggaran netralitas yang ditemukan atau diterima Bawaslu diteruskan ke "
        "KASN. KASN mengkaji kasusnya dan menyampaikan rekomendasi kepada Pejabat Pembina Kepegawaian (PPK), "
        "yang kemudian menjatuhkan sanksi.</p>"
        "<p><b>Sekarang</b>, UU 20/2023 membubarkan KASN, yang berhenti bekerja pada Agustus 2024. Pada 2024, "
        "Perpres 91/2024 dan Perpres 92/2024 serta SE MenPANRB 4/2024 (4 September 2024) memindahkan pengawasan "
        "netralitas ke BKN dan kebijakan sistem merit ke KemenPANRB. Alurnya menjadi: Bawaslu \u2192 BKN (Deputi "
        "Bidang Pengawasan dan Pengendalian) \u2192 rekomendasi \u2192 PPK menjatuhkan sanksi. Kasus yang sudah "
        "diproses KASN diserahkan ke MenPANRB, sedangkan kasus baru ke Kepala BKN.</p>"
        "<p><b>Yang tidak berubah:</b> larangan dan sanksinya. Belum ada SKB pengganti; surat edaran daerah pada "
        "Pilkada 2024 masih merujuk SKB Netralitas ASN 2022. Atasan langsung tetap wajib menindak pelanggaran "
        "bawahannya tanpa menunggu pengaduan.</p>"
        "<p><b>Mengapa tetap perlu sertifikasi ulang:</b> materi dan kuis versi lama mengajarkan bahwa laporan "
        "diteruskan ke KASN. Alur itu kini salah, dan ASN, terutama atasan yang wajib menindaklanjuti, perlu tahu "
        "ke mana laporan dan rekomendasi sekarang berjalan. Karena itu pemegang sertifikat versi lama diminta "
        "mempelajari materi alur penegakan yang diperbarui dan mengerjakan kuis versi baru.</p>"
    ),
    "verify": (
        "Tanggal KASN berhenti bekerja dilaporkan sekitar 23\u201324 Agustus 2024; pastikan tanggal efektif serta "
        "pasal Perpres 91/2024 (Pasal 28A) dan Perpres 92/2024 (Pasal 3\u20134) pada naskah resmi di "
        "JDIH/peraturan.go.id."
    ),
}
