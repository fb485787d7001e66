"""Therapist-facing names of the closed vocabularies (regions, kinds, positions, ...), translatable."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text for pyside6-lupdate and give it back untranslated (tr() it where it is shown).

    Qt's own QT_TRANSLATE_NOOP does the same but is typed as returning object.
    """
    return text


# The texts label() makes, listed so pyside6-lupdate extracts them into the .ts (it cannot read
# a computed text); tests/gui/test_translation_files.py checks every vocabulary value is here.
VOCABULARY = (
    # regions
    QT_TRANSLATE_NOOP("labels", "Spine core"),
    QT_TRANSLATE_NOOP("labels", "Neck"),
    QT_TRANSLATE_NOOP("labels", "Upper back"),
    QT_TRANSLATE_NOOP("labels", "Shoulder"),
    QT_TRANSLATE_NOOP("labels", "Arm"),
    QT_TRANSLATE_NOOP("labels", "Hip"),
    QT_TRANSLATE_NOOP("labels", "Knee"),
    QT_TRANSLATE_NOOP("labels", "Ankle"),
    QT_TRANSLATE_NOOP("labels", "Balance"),
    QT_TRANSLATE_NOOP("labels", "Aerobic"),
    QT_TRANSLATE_NOOP("labels", "Whole body"),
    # kinds
    QT_TRANSLATE_NOOP("labels", "Range of motion"),
    QT_TRANSLATE_NOOP("labels", "Strengthening"),
    QT_TRANSLATE_NOOP("labels", "Posture and body mechanics"),
    QT_TRANSLATE_NOOP("labels", "Functional"),
    # positions
    QT_TRANSLATE_NOOP("labels", "Lying on back"),
    QT_TRANSLATE_NOOP("labels", "Hook lying"),
    QT_TRANSLATE_NOOP("labels", "Lying on stomach"),
    QT_TRANSLATE_NOOP("labels", "Side lying"),
    QT_TRANSLATE_NOOP("labels", "Hands and knees"),
    QT_TRANSLATE_NOOP("labels", "Kneeling"),
    QT_TRANSLATE_NOOP("labels", "Half kneeling"),
    QT_TRANSLATE_NOOP("labels", "Sitting"),
    QT_TRANSLATE_NOOP("labels", "Standing"),
    QT_TRANSLATE_NOOP("labels", "Walking"),
    # equipment
    QT_TRANSLATE_NOOP("labels", "Mat"),
    QT_TRANSLATE_NOOP("labels", "Bed"),
    QT_TRANSLATE_NOOP("labels", "Chair"),
    QT_TRANSLATE_NOOP("labels", "Wall"),
    QT_TRANSLATE_NOOP("labels", "Counter"),
    QT_TRANSLATE_NOOP("labels", "Step"),
    QT_TRANSLATE_NOOP("labels", "Band"),
    QT_TRANSLATE_NOOP("labels", "Ball"),
    QT_TRANSLATE_NOOP("labels", "Towel"),
    QT_TRANSLATE_NOOP("labels", "Pillow"),
    QT_TRANSLATE_NOOP("labels", "Roll"),
    QT_TRANSLATE_NOOP("labels", "Cane"),
    QT_TRANSLATE_NOOP("labels", "Strap"),
    QT_TRANSLATE_NOOP("labels", "Weight"),
    QT_TRANSLATE_NOOP("labels", "Bike"),
    QT_TRANSLATE_NOOP("labels", "Pool"),
    QT_TRANSLATE_NOOP("labels", "Door"),
    QT_TRANSLATE_NOOP("labels", "Box"),
    QT_TRANSLATE_NOOP("labels", "Walker"),
    # sides
    QT_TRANSLATE_NOOP("labels", "Both"),
    QT_TRANSLATE_NOOP("labels", "Left"),
    QT_TRANSLATE_NOOP("labels", "Right"),
    QT_TRANSLATE_NOOP("labels", "Each"),
    # movements
    QT_TRANSLATE_NOOP("labels", "Lumbar flexion"),
    QT_TRANSLATE_NOOP("labels", "Lumbar extension"),
    QT_TRANSLATE_NOOP("labels", "Lumbar rotation"),
    QT_TRANSLATE_NOOP("labels", "Lumbar side bend"),
    QT_TRANSLATE_NOOP("labels", "Spinal loading"),
    QT_TRANSLATE_NOOP("labels", "Lifting"),
    QT_TRANSLATE_NOOP("labels", "Overhead reach"),
    QT_TRANSLATE_NOOP("labels", "Neck flexion"),
    QT_TRANSLATE_NOOP("labels", "Neck extension"),
    QT_TRANSLATE_NOOP("labels", "Neck rotation"),
    QT_TRANSLATE_NOOP("labels", "Neck side bend"),
    QT_TRANSLATE_NOOP("labels", "Neck resisted"),
    QT_TRANSLATE_NOOP("labels", "Hip flexion past 90"),
    QT_TRANSLATE_NOOP("labels", "Hip adduction past midline"),
    QT_TRANSLATE_NOOP("labels", "Hip internal rotation"),
    QT_TRANSLATE_NOOP("labels", "Hip external rotation"),
    QT_TRANSLATE_NOOP("labels", "Hip extension past neutral"),
    QT_TRANSLATE_NOOP("labels", "Active hip abduction"),
    QT_TRANSLATE_NOOP("labels", "Active shoulder elevation"),
    QT_TRANSLATE_NOOP("labels", "Assisted shoulder elevation"),
    QT_TRANSLATE_NOOP("labels", "Shoulder external rotation"),
    QT_TRANSLATE_NOOP("labels", "Resisted shoulder"),
    QT_TRANSLATE_NOOP("labels", "Arm weight bearing"),
    QT_TRANSLATE_NOOP("labels", "Weight bearing"),
    QT_TRANSLATE_NOOP("labels", "Single leg stance"),
    QT_TRANSLATE_NOOP("labels", "Both legs loaded"),
    QT_TRANSLATE_NOOP("labels", "Knee deep flexion"),
    QT_TRANSLATE_NOOP("labels", "Resisted knee extension"),
    QT_TRANSLATE_NOOP("labels", "Pivoting"),
    QT_TRANSLATE_NOOP("labels", "High impact"),
    # severities
    QT_TRANSLATE_NOOP("labels", "Conflict"),
    QT_TRANSLATE_NOOP("labels", "Warning"),
    QT_TRANSLATE_NOOP("labels", "Info"),
)


# The core's names of the clinician care kinds (rehab_planner.plans.clinician.KIND_NAMES), shown
# through QCoreApplication.translate("ClinicianKind", name); a test checks every kind is here.
CLINICIAN_CARE = (
    QT_TRANSLATE_NOOP("ClinicianKind", "Joint mobilisation"),
    QT_TRANSLATE_NOOP("ClinicianKind", "Scar mobilisation"),
    QT_TRANSLATE_NOOP("ClinicianKind", "Cryotherapy and compression"),
    QT_TRANSLATE_NOOP("ClinicianKind", "Gait training"),
    QT_TRANSLATE_NOOP("ClinicianKind", "Neuromuscular re-education"),
    QT_TRANSLATE_NOOP("ClinicianKind", "Work hardening"),
    QT_TRANSLATE_NOOP("ClinicianKind", "Other"),
)

# The milestone kinds of resources/milestones.yaml as the therapist picks them ('stop-sling' ->
# 'stop sling'), shown through milestone_kind_label(); a kind not listed shows as its own words.
MILESTONE_KINDS = (
    QT_TRANSLATE_NOOP("MilestoneKind", "stop sling"),
    QT_TRANSLATE_NOOP("MilestoneKind", "stop crutches"),
    QT_TRANSLATE_NOOP("MilestoneKind", "stop walker"),
    QT_TRANSLATE_NOOP("MilestoneKind", "wean brace"),
    QT_TRANSLATE_NOOP("MilestoneKind", "drive"),
    QT_TRANSLATE_NOOP("MilestoneKind", "return to work"),
    QT_TRANSLATE_NOOP("MilestoneKind", "swim"),
    QT_TRANSLATE_NOOP("MilestoneKind", "jogging"),
    QT_TRANSLATE_NOOP("MilestoneKind", "sports"),
    QT_TRANSLATE_NOOP("MilestoneKind", "contact sports"),
    QT_TRANSLATE_NOOP("MilestoneKind", "all activities"),
)


def milestone_kind_label(kind: str | None) -> str:
    """A milestone kind as the therapist reads it: 'stop-sling' -> 'stop sling' (translated)."""
    return QCoreApplication.translate("MilestoneKind", kind.replace("-", " ")) if kind else ""


def label(value: StrEnum | str) -> str:
    """'range_of_motion' -> 'Range of motion' (through Qt's translator)."""
    text = str(value).replace("_", " ")
    special = {"posture body mechanics": "Posture and body mechanics"}
    text = special.get(text, text[:1].upper() + text[1:])
    return QCoreApplication.translate("labels", text)


def kind_line(category: StrEnum, region: StrEnum, position: StrEnum) -> str:
    """'Aerobic · Walking': kind, region and position, each word shown once ("Aerobic" not twice)."""
    shown: list[str] = []
    for value in (category, region, position):
        text = label(value)
        if text not in shown:
            shown.append(text)
    return " · ".join(shown)


# The joint motions of a range limit (rehab_planner.model.range_limit.MOTIONS), shown through
# joint_motion_label(); a test checks every joint motion is here.
JOINT_MOTIONS = (
    QT_TRANSLATE_NOOP("JointMotion", "shoulder flexion"),
    QT_TRANSLATE_NOOP("JointMotion", "shoulder extension"),
    QT_TRANSLATE_NOOP("JointMotion", "shoulder abduction"),
    QT_TRANSLATE_NOOP("JointMotion", "shoulder adduction"),
    QT_TRANSLATE_NOOP("JointMotion", "shoulder external rotation"),
    QT_TRANSLATE_NOOP("JointMotion", "shoulder internal rotation"),
    QT_TRANSLATE_NOOP("JointMotion", "elbow flexion"),
    QT_TRANSLATE_NOOP("JointMotion", "elbow extension"),
    QT_TRANSLATE_NOOP("JointMotion", "hip flexion"),
    QT_TRANSLATE_NOOP("JointMotion", "hip extension"),
    QT_TRANSLATE_NOOP("JointMotion", "hip abduction"),
    QT_TRANSLATE_NOOP("JointMotion", "hip adduction"),
    QT_TRANSLATE_NOOP("JointMotion", "hip external rotation"),
    QT_TRANSLATE_NOOP("JointMotion", "hip internal rotation"),
    QT_TRANSLATE_NOOP("JointMotion", "knee flexion"),
    QT_TRANSLATE_NOOP("JointMotion", "knee extension"),
    QT_TRANSLATE_NOOP("JointMotion", "ankle dorsiflexion"),
    QT_TRANSLATE_NOOP("JointMotion", "ankle plantarflexion"),
    QT_TRANSLATE_NOOP("JointMotion", "neck flexion"),
    QT_TRANSLATE_NOOP("JointMotion", "neck extension"),
    QT_TRANSLATE_NOOP("JointMotion", "neck rotation"),
    QT_TRANSLATE_NOOP("JointMotion", "neck side bend"),
    QT_TRANSLATE_NOOP("JointMotion", "trunk flexion"),
    QT_TRANSLATE_NOOP("JointMotion", "trunk extension"),
    QT_TRANSLATE_NOOP("JointMotion", "trunk rotation"),
    QT_TRANSLATE_NOOP("JointMotion", "trunk side bend"),
)


def joint_motion_label(key: str) -> str:
    """A range limit's joint motion as the therapist reads it ('hip internal rotation'),
    translated."""
    return QCoreApplication.translate("JointMotion", key)
