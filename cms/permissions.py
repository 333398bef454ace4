"""The content app's permissions beyond Wagtail's page permissions (which Wagtail's own migrations give the
Editors and Moderators groups, with the "Moderators approval" workflow). Granted to roles in netral.roles."""

EDIT_TOPICS = ["cms.add_topic", "cms.change_topic"]
DELETE_TOPICS = "cms.delete_topic"
