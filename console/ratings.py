"""The case page's follow-up: the citizen's ratings, and the rating an officer hears on the phone
(a hotline caller's, or any citizen Messenger can no longer reach)."""

from flask import Blueprint, current_app, flash, g, redirect, request, url_for

from bot import texts
from casework.ratings import record_heard_rating
from casework.workflow import CaseError
from console.cases import case_or_404, render_case
from storage import ratings
from web.db import get_db

bp = Blueprint("ratings", __name__, template_folder="templates")


@bp.post("/cases/<code>/rating")
def heard(code):
    """The officer called the citizen back after resolving the case and writes down the verdict."""
    report = case_or_404(code)
    form = request.form
    try:
        rating = record_heard_rating(
            get_db(),
            current_app.config,
            report["id"],
            form.get("rating", ""),
            form.get("comment", ""),
            g.officer,
            publish=form.get("publish") == "1",
        )
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
