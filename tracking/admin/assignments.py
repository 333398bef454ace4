"""Training assignments in the Wagtail admin (a ModelViewSet), scoped by tracking.permissions: a unit's HR sees,
edits and creates only their own units' assignments."""

from django.http import Http404
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from employees.selectors import sees_all_units, visible_units

from ..models import Assignment
from ..selectors import assignment_reach

ANY_ACTION = ["view", "change", "delete"]


class AssignmentForm(WagtailAdminModelForm):
    """A unit's HR picks only among their own units, and must pick one (the whole regency is BKD's)."""

    class Meta:
        model = Assignment
        fields = ["course", "work_unit", "employment_type", "due_date"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        field = self.fields["work_unit"]
        field.queryset = field.queryset.order_by("path")
        if for_user is not None and not sees_all_units(for_user):
            field.queryset = visible_units(for_user).order_by("path")
            field.required = True
        # The tree, indented: a unit's sub-units follow it, and are included (the help text says so).
        field.label_from_instance = lambda unit: f"{'— ' * (unit.depth - 1)}{unit.name} ({unit.code})"
        field.empty_label = _("Seluruh kabupaten (semua unit)")


class ReachMessageMixin:
    """After saving: how many employees the assignment names, and how many of them keep a due date set by another
    assignment (more specific, or as specific and earlier), so HR sees at once whether it changed anything."""

    def get_success_message(self, instance=None):
        instance = instance or self.object
        reach = assignment_reach(instance)
        message = _("Penugasan disimpan: %(employees)s pegawai; %(own)s memakai batas waktu %(date)s.") % {
            "employees": reach["employees"],
            "own": reach["own_date"],
            "date": formats.date_format(instance.due_date, "j F Y"),
        }
        if reach["other_date"]:
            message += " " + _(
                "%(other)s tetap memakai batas waktu penugasan lain yang lebih spesifik (unit yang lebih dalam, atau "
                "PNS/PPPK saja) atau sama spesifik tetapi lebih awal."
            ) % {"other": reach["other_date"]}
        return message


class AssignmentCreateView(ReachMessageMixin, CreateView):
    pass


class AssignmentEditView(ReachMessageMixin, EditView):
    pass


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
    add_view_class = AssignmentCreateView
    edit_view_class = in_unit_scope(AssignmentEditView)
    delete_view_class = in_unit_scope(ModelViewSet.delete_view_class)
    history_view_class = in_unit_scope(ModelViewSet.history_view_class)
    usage_view_class = in_unit_scope(ModelViewSet.usage_view_class)
    copy_view_class = in_unit_scope(ModelViewSet.copy_view_class)
    inspect_view_class = in_unit_scope(ModelViewSet.inspect_view_class)
    list_display = ["course", "unit_label", "audience_label", "due_date"]

    def get_form_class(self, for_update=False):
        return AssignmentForm
