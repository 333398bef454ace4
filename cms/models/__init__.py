"""The content app's models: pages for what to learn (courses) and the rules behind it (regulations)."""

from .courses import CoursePage, HomePage, LessonPage, LessonProgress, TrainingIndexPage
from .regulations import Clause, CourseVersionChange, RegulationIndexPage, RegulationPage, RuleUpdatePage, Topic

__all__ = [
    "Clause",
    "CoursePage",
    "CourseVersionChange",
    "HomePage",
    "LessonPage",
    "LessonProgress",
    "RegulationIndexPage",
    "RegulationPage",
    "RuleUpdatePage",
    "Topic",
    "TrainingIndexPage",
]
