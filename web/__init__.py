"""What every web page shares, and the pages anyone may open without a login.

db.py (the request's SQLite connection), security.py (CSRF, cookies, headers), address_bar.py
(numbers read from the URL); health.py (/healthz), public.py (/cong-khai, published answers),
policy.py (/chinh-sach-quyen-rieng-tu, the privacy policy), meta_deletion.py (Meta's data deletion
callback and its status page).
"""
