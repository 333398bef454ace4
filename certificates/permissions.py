"""The certificates app's permissions (granted to roles in netral.roles)."""

VIEW_CERTIFICATES = "certificates.view_certificate"  # the register, a certificate's record, the ZIP of PDFs
CHANGE_CERTIFICATES = "certificates.change_certificate"  # revoke and re-issue
CHANGE_SETTINGS = "certificates.change_certificatesettings"  # signatory, signature and logo on new certificates
