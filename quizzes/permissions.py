"""The quiz app's permissions (granted to roles in netral.roles). Personal results (the attempts listing) are HR's;
item statistics and the pledge text are the editors'."""

VIEW_STATISTICS = "quizzes.view_quiz_statistics"
VIEW_ATTEMPTS = "quizzes.view_attempt"
EDIT_PLEDGE = ["quizzes.add_pledgetext", "quizzes.change_pledgetext"]
