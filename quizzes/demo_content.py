"""The demo quiz in Indonesian: scenarios from the quiz topics of ../shared/domain-brief.md (section 6), each with
its ruling and basis in the explanation. Grey zones (passive attendance, notifications received) are worded as
guidance, not as settled law."""

QUIZ = {
    "title": "Kuis Netralitas ASN",
    "slug": "kuis",
    "pass_mark": 70,
    "intro": (
        "<p>Jawab semua soal. Nilai dihitung di server setelah Anda mengirim jawaban. Nilai lulus 70. "
        "Peserta yang lulus langsung mendapat sertifikat penyelesaian.</p>"
    ),
}

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"


def _q(text, kind, choices, explanation, weight=1):
    return {"text": text, "kind": kind, "weight": weight, "explanation": explanation, "choices": choices}


QUESTIONS = [
    _q(
        "Seorang PNS menekan tombol suka (like) pada unggahan Instagram pasangan calon presiden yang sudah "
        "ditetapkan KPU. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Dilarang; termasuk pelanggaran disiplin berat", True),
            ("Boleh, karena hanya menekan tombol suka", False),
            ("Boleh, asalkan dilakukan di luar jam kerja", False),
            ("Hanya dilarang bagi pejabat struktural", False),
        ],
        "Menyukai unggahan calon termasuk dukungan di media sosial (SKB 2022 butir disiplin 6; SE Bupati Batang "
        "800/169/2023). Terhadap calon yang sudah ditetapkan, sanksinya hukuman disiplin berat.",
    ),
    _q(
        "Seorang PPPK menulis komentar \u201cLanjutkan, Pak!\u201d pada unggahan kampanye seorang calon anggota "
        "legislatif. Larangan netralitas tidak berlaku bagi PPPK.",
        TRUE_FALSE,
        [("Benar", False), ("Salah", True)],
        "Salah. Kewajiban netralitas berlaku bagi seluruh ASN, PNS maupun PPPK. Hukuman disiplin PPPK mengikuti "
        "tata cara disiplin PNS (PP 49/2018 Pasal 52).",
    ),
    _q(
        "Manakah yang dilarang oleh SE Bupati Batang 800/169/2023 terhadap konten calon di media sosial? "
        "Pilih semua yang benar.",
        MULTIPLE,
        [
            ("Mengunggah konten dukungan", True),
            ("Membagikan (share) video kampanye ke grup WhatsApp kantor", True),
            ("Mengikuti (follow) akun tim pemenangan calon", True),
            ("Membaca berita tentang debat calon di portal berita", False),
        ],
        "Surat edaran melarang mengunggah, mengomentari, membagikan, menyukai, serta bergabung atau mengikuti "
        "grup dan akun tim pemenangan. Membaca berita tidak termasuk.",
    ),
    _q(
        "Anda dimasukkan ke grup WhatsApp relawan seorang calon oleh kenalan, tanpa diminta. Apa yang "
        "sebaiknya Anda lakukan?",
        SINGLE,
        [
            ("Keluar dari grup dan tidak meneruskan pesannya", True),
            ("Tetap di grup dan sesekali meneruskan pesan yang menarik", False),
            ("Membalas dengan stiker jempol supaya sopan", False),
            ("Mengundang rekan kantor agar ikut bergabung", False),
        ],
        "Dimasukkan ke grup oleh orang lain belum merupakan pelanggaran, tetapi Pemkab Batang meminta ASN tidak "
        "menanggapi dan tidak membagikan ulang konten bernuansa politik. Keluar dari grup adalah langkah aman.",
    ),
    _q(
        "Dalam foto bersama calon bupati yang sudah ditetapkan, beberapa staf berpose dua jari (huruf V). "
        "Foto itu diunggah ke Facebook. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran disiplin berat", True),
            ("Tidak apa-apa, huruf V berarti damai", False),
            ("Hanya teguran lisan", False),
            ("Boleh, asalkan foto diambil di luar kantor", False),
        ],
        "Mengunggah foto bersama calon dengan simbol keberpihakan ke media yang dapat diakses publik adalah "
        "pelanggaran disiplin berat (SKB 2022 butir disiplin 7). BKN memasukkan pose dua jari dalam daftar pose "
        "yang harus dihindari.",
    ),
    _q(
        "Seorang PNS ikut kampanye terbuka pada hari Minggu dengan memakai kaos partai. Hukuman disiplin apa "
        "yang mengancamnya menurut PP 94/2021?",
        SINGLE,
        [
            ("Hukuman disiplin sedang", True),
            ("Hukuman disiplin ringan", False),
            ("Tidak ada, karena hari Minggu bukan hari kerja", False),
            ("Hanya sanksi moral", False),
        ],
        "Menjadi peserta kampanye dengan memakai atribut partai dilarang (PP 94/2021 Pasal 5 huruf n angka 2) "
        "dan diancam hukuman disiplin sedang (Pasal 13 huruf g). Hari libur tidak menghapus status ASN.",
    ),
    _q(
        "Seorang kepala bidang memakai mobil dinas untuk menghadiri kampanye calon. Apa penilaiannya?",
        SINGLE,
        [
            ("Pelanggaran disiplin berat karena memakai fasilitas negara", True),
            ("Pelanggaran disiplin ringan", False),
            ("Boleh jika bahan bakarnya dibayar sendiri", False),
            ("Boleh jika tidak memakai seragam", False),
        ],
        "Menjadi peserta kampanye dengan memakai fasilitas negara dilarang (PP 94/2021 Pasal 5 huruf n angka 4) "
        "dan diancam hukuman disiplin berat (Pasal 14 huruf i).",
    ),
    _q(
        "Seorang camat mengumpulkan perangkat desa dan keluarganya lalu mengajak mereka memilih calon tertentu. "
        "Manakah penilaian yang tepat?",
        SINGLE,
        [
            ("Kegiatan yang mengarah pada keberpihakan: pelanggaran disiplin berat", True),
            ("Boleh, karena ajakan disampaikan secara lisan", False),
            ("Boleh, asalkan di luar masa kampanye", False),
            ("Hanya pelanggaran kode etik", False),
        ],
        "Mengadakan kegiatan yang mengarah pada keberpihakan (pertemuan, ajakan, imbauan) kepada pegawai, "
        "keluarga, dan masyarakat dilarang sebelum, selama, dan sesudah masa kampanye (PP 94/2021 Pasal 5 "
        "huruf n angka 6) dan diancam hukuman disiplin berat.",
    ),
    _q(
        "Apa arti hukuman disiplin sedang menurut PP 94/2021?",
        SINGLE,
        [
            ("Pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan", True),
            ("Penundaan kenaikan gaji berkala selama satu tahun", False),
            ("Penundaan kenaikan pangkat selama satu tahun", False),
            ("Teguran tertulis dari atasan langsung", False),
        ],
        "PP 94/2021 Pasal 8: hukuman sedang berupa pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan. "
        "Penundaan kenaikan gaji dan pangkat adalah bentuk hukuman dalam PP 53/2010 yang sudah diganti.",
    ),
    _q(
        "Seorang PNS menjadi pengurus partai politik. Apa akibatnya?",
        SINGLE,
        [
            ("Diberhentikan tidak dengan hormat", True),
            ("Pemotongan tunjangan kinerja 25% selama 12 bulan", False),
            ("Teguran tertulis", False),
            ("Boleh, asalkan tidak menjadi calon", False),
        ],
        "ASN yang menjadi anggota atau pengurus partai politik diberhentikan tidak dengan hormat (UU 20/2023 "
        "Pasal 52). Bagi PPPK, perjanjian kerjanya diputus tidak dengan hormat (PP 49/2018 Pasal 53).",
    ),
    _q(
        "Istri seorang PNS menjadi calon anggota DPRD. Manakah yang boleh dilakukan PNS tersebut menurut "
        "SE MenPANRB 18/2023?",
        SINGLE,
        [
            ("Berfoto bersama istrinya tanpa simbol tangan atau gestur", True),
            ("Menyukai unggahan kampanye istrinya di Instagram", False),
            ("Menjadi pembicara dalam acara partai istrinya", False),
            ("Hadir di kampanye istrinya dengan memakai atribut partai", False),
        ],
        "SE MenPANRB 18/2023 membolehkan ASN berfoto bersama pasangannya yang menjadi calon tanpa simbol tangan. "
        "Media sosial tetap harus netral, menjadi pembicara di acara partai dilarang, dan mendampingi kampanye "
        "hanya dengan CLTN tanpa atribut.",
    ),
    _q(
        "Atasan langsung mengetahui bawahannya mengunggah dukungan kepada calon, tetapi membiarkannya karena "
        "belum ada pengaduan. Bagaimana penilaiannya?",
        SINGLE,
        [
            ("Atasan dapat dijatuhi hukuman yang lebih berat daripada bawahannya", True),
            ("Atasan tidak bersalah karena belum ada pengaduan", False),
            ("Hanya bawahan yang dapat dihukum", False),
            ("Atasan cukup menegur secara lisan setelah pemilu selesai", False),
        ],
        "Penegakan disiplin adalah tanggung jawab atasan langsung dan tidak menunggu pengaduan. Atasan yang "
        "tidak memanggil, memeriksa, atau melaporkan pelanggaran dapat dijatuhi hukuman yang lebih berat.",
    ),
    _q(
        "Setelah KASN dibubarkan pada 2024, ke mana Bawaslu meneruskan dugaan pelanggaran netralitas ASN "
        "sebelum PPK menjatuhkan sanksi?",
        SINGLE,
        [
            ("BKN (Deputi Bidang Pengawasan dan Pengendalian)", True),
            ("Kepolisian", False),
            ("Komisi Pemilihan Umum", False),
            ("Langsung ke pengadilan negeri", False),
        ],
        "Alurnya: Bawaslu \u2192 BKN \u2192 rekomendasi kepada PPK \u2192 PPK menjatuhkan sanksi. Jika "
        "rekomendasi diabaikan, BKN dapat memblokir data pegawai di SIASN.",
    ),
    _q(
        "ASN tetap boleh memberikan suara secara rahasia di TPS pada hari pemungutan suara.",
        TRUE_FALSE,
        [("Benar", True), ("Salah", False)],
        "Benar. Netralitas membatasi ungkapan dukungan, bukan hak memilih.",
    ),
]
