"""Who may manage which training assignment: the HR of one unit only their own units' (and never the whole
regency's); BKD (`employees.view_all_units`) and superusers every one. Registered with Wagtail, so its generic
views (list, edit, delete, history, usage, copy) apply it to every object they are asked for."""

from wagtail.permission_policies import ModelPermissionPolicy

from employees.selectors import ALL_UNITS, visible_units


def _all_units(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(ALL_UNITS))


class AssignmentPermissionPolicy(ModelPermissionPolicy):
    def _in_scope(self, user, instance) -> bool:
        if _all_units(user):
            return True
        return instance.work_unit_id is not None and visible_units(user).filter(pk=instance.work_unit_id).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(user, action, instance) and self._in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        return instances if _all_units(user) else instances.filter(work_unit__in=visible_units(user))
