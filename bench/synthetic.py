"""A million synthetic reports in Vietnamese, written fast into a database of their own.

Shaped like a ward's real load, not like noise: content assembled from the
kinds of things citizens report (roads, water, the public-service portal,
VNeID, scams), the four categories in realistic proportions, three years of
history of which old cases are closed and recent ones are open, and a few
open cases past their deadline. The schema is the app's own (migrations),
so the console's search index fills through its triggers as in production.
"""

import datetime as dt
import random

from core.case_rules import CLOSED_STATUSES, OPEN_STATUSES, is_formal
from storage.db import connect, write_transaction
from storage.migrations import apply_migrations

BATCH = 20_000
YEARS_OF_HISTORY = 3
CATEGORIES = ["feedback"] * 55 + ["petition"] * 30 + ["complaint"] * 10 + ["denunciation"] * 5
FIELDS = ["digital_transformation"] * 40 + ["technology"] * 25 + ["science"] * 10 + ["innovation"] * 10 + ["other"] * 15
SUBJECTS = [
    "Cổng dịch vụ công",
    "Ứng dụng VNeID",
    "Wifi công cộng ở nhà văn hóa",
    "Đường truyền internet",
    "Camera an ninh trên đường Lê Lợi",
    "Hệ thống nước sạch",
    "Đèn chiếu sáng đường Trần Phú",
    "Trang thông tin điện tử của phường",
    "Chữ ký số",
    "Hồ sơ cấp phép xây dựng",
    "Máy lấy số tự động",
    "Thanh toán trực tuyến lệ phí",
    "Loa phát thanh tổ dân phố",
    "Tài khoản định danh điện tử",
    "Cơ sở dữ liệu dân cư",
    "Trạm sạc xe điện",
    "Dự án khởi nghiệp sáng tạo",
    "Đường Hoàng Văn Thụ",
]
PROBLEMS = [
    "không đăng nhập được",
    "bị lỗi khi nộp hồ sơ",
    "chạy rất chậm vào buổi sáng",
    "hỏng đã hơn một tuần",
    "thu phí không đúng quy định",
    "không nhận được mã OTP",
    "hiển thị sai thông tin cá nhân",
    "mất kết nối thường xuyên",
    "chưa được hướng dẫn cho người cao tuổi",
    "có người lợi dụng để lừa đảo",
    "gây ồn ào vào ban đêm",
    "bị trả lại không rõ lý do",
]
REQUESTS = [
    "Đề nghị phường kiểm tra và khắc phục sớm.",
    "Mong cán bộ hướng dẫn cụ thể.",
    "Xin phường trả lời bằng văn bản.",
    "Đề nghị xử lý nghiêm người vi phạm.",
    "Kiến nghị mở lớp tập huấn cho người dân.",
    "Rất mong được phản hồi.",
]
PLACES = [
    "Tổ dân phố 3",
    "Bộ phận một cửa",
    "Nhà văn hóa khu 5",
    "Ngõ 12 đường Lê Lợi",
    "Chợ Ái Quốc",
    "Trường tiểu học Ái Quốc",
    "Đường Nguyễn Trãi",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
GIVEN = [
    "Văn An",
    "Thị Bình",
    "Đức Cường",
    "Thị Dung",
    "Minh Đức",
    "Thu Hà",
    "Quang Huy",
    "Thị Lan",
    "Văn Nam",
    "Thị Phương",
    "Hữu Phước",
    "Thanh Tâm",
]
OPEN = OPEN_STATUSES
CLOSED = ("resolved",) * 2 + CLOSED_STATUSES  # most closed cases are resolved
COLUMNS = (
    "id",
    "code",
    "psid",
    "category",
    "field",
    "content",
    "place_time",
    "name",
    "phone",
    "address",
    "status",
    "created_at",
    "deadline",
    "updated_at",
    "closed_at",
    "answered_at",
    "urgent",
)


def generate(path, count, seed=7, today=None):
    """Fill a fresh database at `path` with `count` reports; return {count, open, overdue}."""
    db = connect(path)
    apply_migrations(db)
    db.conn.execute("PRAGMA synchronous = OFF")  # a throw-away file: durability buys nothing here
    rng = random.Random(seed)  # nosec B311 # synthetic data, not security
    today = today or dt.date.today()
    start = dt.datetime.combine(today - dt.timedelta(days=365 * YEARS_OF_HISTORY), dt.time(7), dt.timezone.utc)
    span = (dt.datetime.combine(today, dt.time(7), dt.timezone.utc) - start).total_seconds()
    sql = f"INSERT INTO reports ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"  # nosec B608 # column names and ? marks only
    counters, tally = {}, {"count": count, "open": 0, "overdue": 0}
    for first in range(1, count + 1, BATCH):
        rows = [
            _report(rng, n, start + dt.timedelta(seconds=span * (n - 1) / count), today, counters, tally)
            for n in range(first, min(first + BATCH, count + 1))
        ]
        with write_transaction(db):
            db.conn.executemany(sql, rows)
    db.conn.execute("PRAGMA synchronous = NORMAL")
    db.conn.close()
    return tally


def _report(rng, n, created, today, counters, tally):
    category, field = rng.choice(CATEGORIES), rng.choice(FIELDS)
    content = f"{rng.choice(SUBJECTS)} {rng.choice(PROBLEMS)}. {rng.choice(REQUESTS)}"
    age_days = (today - created.date()).days
    deadline = created.date() + dt.timedelta(days=rng.choice((10, 14, 30, 40)))
    # Old cases are closed; the last two months hold the open ones, a few of them late.
    is_open = age_days < 60 and rng.random() < (0.9 if age_days < 14 else 0.15)
    status = rng.choice(OPEN) if is_open else rng.choice(CLOSED)
    tally["open"] += is_open
    tally["overdue"] += is_open and deadline < today
    closed = (
        None
        if is_open
        else min(
            created + dt.timedelta(days=rng.randint(1, 35), hours=rng.randint(0, 8)),
            dt.datetime.combine(today, dt.time(), dt.timezone.utc),
        )
    )
    anonymous = not is_formal(category) and rng.random() < 0.3
    name = None if anonymous else f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
    year = created.year
    counters[year] = counters.get(year, 0) + 1
    iso = created.isoformat(timespec="milliseconds")
    return (
        n,
        f"AQ-{year}-{counters[year]:05d}",
        f"psid{n}",
        category,
        field,
        content,
        rng.choice(PLACES) if rng.random() < 0.6 else None,
        name,
        None if anonymous else f"+8490{rng.randint(1000000, 9999999)}",
        None if anonymous else f"Số {rng.randint(1, 200)} {rng.choice(PLACES)}",
        status,
        iso,
        deadline.isoformat(),
        (closed or created).isoformat(timespec="milliseconds"),
        closed and closed.isoformat(timespec="milliseconds"),
        closed and status == "resolved" and closed.isoformat(timespec="milliseconds"),
        int(rng.random() < 0.02),
    )
