"""The tracking app has no public pages: HR works in the Wagtail admin (tracking/admin/, registered in
wagtail_hooks). Kept so that every app has the same module set."""

app_name = "tracking"
urlpatterns: list = []
