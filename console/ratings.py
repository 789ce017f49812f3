"""The case page's follow-up: the citizen's ratings, and the rating an officer hears on the phone
(a hotline caller's, or any citizen Messenger can no longer reach)."""

from flask import Blueprint, current_app, flash, g, redirect, request, url_for

from bot import texts
from casework import publishing
from casework.ratings import record_rating
from casework.workflow import CaseError
from console.cases import case_or_404, render_case
from core.folding import clean_text
from storage import ratings
from storage.db import write_transaction
from web.db import get_db

bp = Blueprint("ratings", __name__, template_folder="templates")


@bp.post("/cases/<code>/rating")
def heard(code):
    """The officer called the citizen back after resolving the case and writes down the verdict."""
    report = case_or_404(code)
    rating, comment = request.form.get("rating", ""), clean_text(request.form.get("comment", ""))[:2000]
    if report["status"] != "resolved":
        return render_case(report, error="Chỉ ghi mức hài lòng khi hồ sơ đã giải quyết xong.", status=400)
    if rating not in ratings.RATINGS:
        return render_case(report, error="Vui lòng chọn mức hài lòng người dân nói.", status=400)
    db, cfg = get_db(), current_app.config
    try:
        with write_transaction(db):
            rating_id = ratings.record_heard(db, report["id"], rating, comment, g.officer["username"])
            updated = record_rating(db, cfg, report, rating_id, g.officer, "call")
            if request.form.get("publish") == "1" and not report["publish_consent_id"]:
                script, by = publishing.ORAL_SCRIPT, g.officer["username"]
                publishing.record_consent(db, cfg, updated, True, script, recorded_by=by)
    except CaseError as error:
        return render_case(report, error=str(error), status=400)
    message = "Đã ghi mức hài lòng của người dân."
    if rating == "unsatisfied":
        message += " Hồ sơ đã mở lại để lãnh đạo xem xét."
    flash(message, "success")
    return redirect(url_for("console.cases.show", code=report["code"]))


@bp.app_template_global()
def case_ratings(case):
    return ratings.ratings_of_case(get_db(), case["id"])


@bp.app_template_global()
def rating_name(key):
    return texts.RATING_NAMES.get(key, key or "")
