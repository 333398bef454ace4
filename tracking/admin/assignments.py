"""Training assignments in the Wagtail admin (a ModelViewSet), scoped by tracking.permissions: a unit's HR sees,
edits and creates only their own units' assignments."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from employees.selectors import sees_all_units, visible_units

from ..models import Assignment

ANY_ACTION = ["view", "change", "delete"]


class AssignmentForm(WagtailAdminModelForm):
    """A unit's HR picks only among their own units, and must pick one (the whole regency is BKD's)."""

    class Meta:
        model = Assignment
        fields = ["course", "work_unit", "employment_type", "due_date"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not sees_all_units(for_user):
            self.fields["work_unit"].queryset = visible_units(for_user)
            self.fields["work_unit"].required = True


class AssignmentIndexView(IndexView):
    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(self.request.user, ANY_ACTION)


def in_unit_scope(view_class):
    """The view, answering 404 for an assignment outside the user's units (Wagtail's generic views check the
    model permission only; ids of other units' assignments must reveal nothing)."""

    class ScopedView(view_class):
        def get_object(self, *args, **kwargs):
            assignment = super().get_object(*args, **kwargs)
            if not self.permission_policy.user_has_any_permission_for_instance(
                self.request.user, ANY_ACTION, assignment
            ):
                raise Http404
            return assignment

    ScopedView.__name__ = ScopedView.__qualname__ = f"Assignment{view_class.__name__}"
    return ScopedView


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    icon = "calendar"
    menu_label = _("Penugasan pelatihan")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = AssignmentIndexView
    edit_view_class = in_unit_scope(ModelViewSet.edit_view_class)
    delete_view_class = in_unit_scope(ModelViewSet.delete_view_class)
    history_view_class = in_unit_scope(ModelViewSet.history_view_class)
    usage_view_class = in_unit_scope(ModelViewSet.usage_view_class)
    copy_view_class = in_unit_scope(ModelViewSet.copy_view_class)
    inspect_view_class = in_unit_scope(ModelViewSet.inspect_view_class)
    list_display = ["course", "work_unit", "employment_type", "due_date"]

    def get_form_class(self, for_update=False):
        return AssignmentForm
