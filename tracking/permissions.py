"""Who may manage which training assignment: the HR of one unit only their own units' (and never the whole
regency's); BKD (`employees.view_all_units`) and superusers every one. Registered with Wagtail (wagtail_hooks), so
its generic views (list, edit, delete, history, usage, copy) apply it to every object they are asked for. The
groups that hold these permissions are defined in netral.roles."""

from wagtail.permission_policies import ModelPermissionPolicy

from employees.selectors import sees_all_units, unit_is_visible, visible_units

VIEW_COMPLETION = "tracking.view_completion"  # the HR dashboard, lists, employee pages and exports
MANAGE_ASSIGNMENTS = [f"tracking.{action}_assignment" for action in ("view", "add", "change", "delete")]


class AssignmentPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        allowed = super().user_has_permission_for_instance(user, action, instance)
        return allowed and unit_is_visible(user, instance.work_unit)  # a regency-wide one (no unit): BKD only

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions).select_related("work_unit", "course")
        return instances if sees_all_units(user) else instances.filter(work_unit__in=visible_units(user))
