"""Patient guidance: lifestyle topics, warning signs and labels, filled in from a plan."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from rehab_planner import paths
from rehab_planner.datafile import (
    Problem,
    check_header,
    read_yaml,
    section_problems,
    validate_entries,
)
from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.model.base import Model
from rehab_planner.model.exercise import Exercise, check_id
from rehab_planner.model.plan import Plan
from rehab_planner.model.precaution import Precaution
from rehab_planner.model.vocab import Movement
from rehab_planner.order_text import brace_values
from rehab_planner.plans.conditions import holds
from rehab_planner.plans.schedule import date_after, format_date
from rehab_planner.precaution_text import dates_words, since_words
from rehab_planner.precaution_text import precaution_lines as precaution_lines  # moved; re-exported
from rehab_planner.safety.catalogue import PLACEHOLDER, fill, lift_under, param_values

TOPICS_FILE = "topics.yaml"
WARNING_SIGNS_FILE = "warning-signs.yaml"

# Every name a guidance text may use as {placeholder} or in when/unless.
KNOWN_NAMES = frozenset(
    {
        "lift_limit_lb",
        "lift_limit_kg",
        "lift_under",
        "sitting_limit_minutes",
        "fever_f",
        "fever_c",
        "driving_weeks",
        "walking_goal_minutes",
        "return_to_work_weeks",
        "no_nsaid_weeks",
        "brace",
        "brace_out_of_bed",
        "brace_setting",
        "brace_weeks",
        "emergency_number",
        "surgeon_name",
        "surgeon_phone",
        "clinic_name",
        "clinic_phone",
        "after_hours_phone",
        "driving_date",
        "brace_date",
        "no_nsaid_date",
        "sitting_date",
    }
)

ALWAYS_PRINTED = "always"  # a `repeats` place: page 1, how to do the exercises or the pain
# scale, which every handout prints

# The precaution whose lift limit the guidance quotes first; others with a lift_limit_lb follow.
LIFT_LIMIT_PRECAUTION = "spinal-blt"


class GuidanceLine(Model):
    """One sentence (or heading) of guidance, with the conditions for showing it."""

    text: str = Field(min_length=1, max_length=400)
    when: str | None = Field(default=None, description="Shown only when this value is set")
    unless: str | None = Field(default=None, description="Shown only when this value is not set")
    ends: str | None = Field(
        default=None, description="A date value (e.g. brace_date): this week's handout leaves the "
        "line out from that date, as it does a line that prints a date already past")
    until_week: float | None = Field(
        default=None, gt=0, le=52,
        description="A line of the first weeks after surgery (a cut that still leaks, no bowel "
        "movement in 4 days): this week's handout leaves it out from this many weeks after "
        "surgery; the whole program keeps it")
    only_for: list[str] = Field(default_factory=list, description="Template ids or groups")
    not_for: list[str] = Field(default_factory=list,
                               description="Template ids or groups it is never shown for")
    ends_with: list[str] = Field(
        default_factory=list,
        description="Precaution ids: shown only with one of them, dated by it ('Until 25 Jan:')")
    starts_after: list[str] = Field(
        default_factory=list,
        description="Precaution ids: when the plan has one, the line holds from the day that rule "
        "ends, dated by it ('From 14 Dec 2026:'); left out when that rule has no end")
    forbids: list[Movement] = Field(
        default_factory=list, description="What the rule forbids, for the consistency check")
    repeats: list[str] = Field(
        default_factory=list, max_length=10,
        description="Where else the handout says this: precaution ids (their page 1 line), "
        f"'{ALWAYS_PRINTED}' (a part every handout prints), exercise ids (their card) or topic "
        "ids; this week's handout leaves the line out when that place prints, the whole "
        "program keeps it")

    @field_validator("text")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        value = " ".join(value.split())
        for name in PLACEHOLDER.findall(value):
            if name not in KNOWN_NAMES:
                raise ValueError(f"unknown placeholder {{{name}}}")
        if "{" in PLACEHOLDER.sub("", value) or "}" in PLACEHOLDER.sub("", value):
            raise ValueError("has a stray '{' or '}'")
        return value

    @field_validator("when", "unless")
    @classmethod
    def _known_name(cls, value: str | None) -> str | None:
        if value is not None and value not in KNOWN_NAMES:
            raise ValueError(
                f"'{value}' is not a plan value (known: {', '.join(sorted(KNOWN_NAMES))})"
            )
        return value


class TopicWeeks(Model):
    """From week `start` to week `end` after surgery (no end: from `start` on)."""

    start: float = Field(default=0, ge=0, le=104)
    end: float | None = Field(default=None, gt=0, le=156)

    @model_validator(mode="after")
    def _ordered(self) -> TopicWeeks:
        if self.end is not None and self.end <= self.start:
            raise ValueError(f"the weeks end ({self.end:g}) must be after their start "
                             f"({self.start:g})")
        return self

    def overlap(self, start: float, end: float | None) -> bool:
        """True when these weeks and the weeks start to end (None: no end) share a day."""
        return ((end is None or self.start < end)
                and (self.end is None or start < self.end))


class TopicData(Model):
    """A lifestyle topic as the file holds it."""

    id: str
    title: str = Field(min_length=2, max_length=80)
    bullets: list[GuidanceLine] = Field(min_length=1)
    weeks: TopicWeeks | None = Field(
        default=None, description="The weeks after surgery the topic matters in: this week's "
        "handout prints it only for a stage that overlaps them (the whole program always)")

    _check_id = field_validator("id")(check_id)


class Headings(Model):
    """Heading alternatives of the two warning tiers; the first one that can be shown is used."""

    call_911: list[GuidanceLine] = Field(min_length=1)
    call_surgeon: list[GuidanceLine] = Field(min_length=1)


class WarningSignsData(Model):
    """The warning-signs file: groups, headings and the two tiers."""

    schema_version: int = Field(default=1, ge=1, le=1)
    groups: dict[str, list[str]] = Field(default_factory=dict)
    headings: Headings
    call_911: list[GuidanceLine] = Field(min_length=1)
    call_surgeon: list[GuidanceLine] = Field(min_length=1)


class Guidance(BaseModel):
    """Everything in resources/guidance/, validated."""

    topics: dict[str, TopicData]
    warning_signs: WarningSignsData


class GuidanceTopic(Model):
    """A topic ready to print: its title and filled-in bullets."""

    id: str
    title: str
    bullets: list[str]
    repeats: list[list[str]] = Field(
        default_factory=list, description="Each bullet's 'repeats' (see GuidanceLine), in order")
    ends: list[float | None] = Field(
        default_factory=list, description="Each bullet's last week (its ends_with precaution's "
        "weeks_to; None: no end), in order")
    weeks: TopicWeeks | None = None  # when it matters (see TopicData)

    def _kept(self, keep: list[bool]) -> GuidanceTopic:
        """The topic with the bullets marked True (and their repeats and ends)."""
        def pick(values: list[Any]) -> list[Any]:
            return [v for v, k in zip(values, keep, strict=True) if k] if values else []
        return self.model_copy(update={"bullets": pick(self.bullets),
                                       "repeats": pick(self.repeats), "ends": pick(self.ends)})

    def without_repeats(self, printed: set[str]) -> GuidanceTopic:
        """The topic without the bullets another printed part of the handout says already."""
        repeats = self.repeats or [[] for _ in self.bullets]
        return self._kept([not printed.intersection(where) for where in repeats])

    def in_force(self, weeks: float) -> GuidanceTopic:
        """The topic without the rules that ended by this many weeks after surgery."""
        ends = self.ends or [None for _ in self.bullets]
        return self._kept([end is None or end > weeks for end in ends])


class WarningSigns(Model):
    """Warning signs ready to print, in two tiers with their headings."""

    call_911_heading: str
    call_911: list[str]
    call_surgeon_heading: str
    call_surgeon: list[str]




# --- loading --------------------------------------------------------------------------------------


def _load_warning_signs(path: Path) -> WarningSignsData:
    try:
        data = WarningSignsData.model_validate(read_yaml(path))
    except ValidationError as err:
        raise DataFileError(path, section_problems(err)) from err
    problems = _only_for_problems(path, data, [("call_911", data.call_911)])
    problems += _only_for_problems(path, data, [("call_surgeon", data.call_surgeon)])
    if problems:
        raise DataFileError(path, problems)
    return data


def _only_for_known(data: WarningSignsData) -> set[str]:
    known = set(data.groups)
    for members in data.groups.values():
        known.update(members)
    return known


def _only_for_problems(
    path: Path, data: WarningSignsData, sections: list[tuple[str, list[GuidanceLine]]]
) -> list[Problem]:
    known = _only_for_known(data)
    problems: list[Problem] = []
    for entry, lines in sections:
        for i, line in enumerate(lines):
            for field, name in [*(("only_for", n) for n in line.only_for),
                                *(("not_for", n) for n in line.not_for)]:
                if name not in known:
                    problems.append(
                        (
                            entry,
                            f"[{i}].{field}",
                            f"'{name}' is not a group or a template id listed under groups "
                            f"in {WARNING_SIGNS_FILE}",
                        )
                    )
    return problems


def _load_topics(path: Path, signs: WarningSignsData) -> dict[str, TopicData]:
    entries = check_header(path, read_yaml(path), "topics")
    topics, problems = validate_entries(entries, TopicData, "topics")
    for topic in topics.values():
        for problem in _only_for_problems(path, signs, [(topic.id, topic.bullets)]):
            problems.append((problem[0], "bullets" + problem[1], problem[2]))
    if problems:
        raise DataFileError(path, problems)
    return topics


def load_guidance(folder: Path | None = None) -> Guidance:
    """Load and validate the lifestyle topics and warning signs.

    Args:
        folder: the guidance folder; the shipped resources/guidance/ when None.

    Raises:
        DataFileError: naming the file, entry and field of every problem found.
    """
    folder = folder or paths.guidance_dir()
    signs = _load_warning_signs(folder / WARNING_SIGNS_FILE)
    topics = _load_topics(folder / TOPICS_FILE, signs)
    return Guidance(topics=topics, warning_signs=signs)




# --- filling in from a plan -----------------------------------------------------------------------


def _number(value: float) -> str:
    return f"{value:g}"


def _lift_values(plan: Plan, catalogue: Mapping[str, Precaution]) -> dict[str, str]:
    settings = sorted(
        plan.precautions, key=lambda s: (s.id != LIFT_LIMIT_PRECAUTION, plan.precautions.index(s))
    )
    for setting in settings:
        precaution = catalogue.get(setting.id)
        if precaution is None or not any(p.name == "lift_limit_lb" for p in precaution.parameters):
            continue
        values = param_values(precaution, setting)
        if values.get("lift_limit_lb") in (None, "0"):
            return {}
        lift: dict[str, str] = {k: values[k] for k in ("lift_limit_lb", "lift_limit_kg") if k in values}
        if lift_under(precaution, setting):  # "less than 20 lb": lift only lighter things
            lift["lift_under"] = "yes"
        return lift
    return {}


def dated_weeks(plan: Plan) -> dict[str, float]:
    """The dates guidance texts may print (e.g. 'Do not drive before {driving_date}'), as weeks
    after surgery; a date the plan does not set is left out."""
    s = plan.settings
    weeks = {"driving_date": s.driving_weeks, "no_nsaid_date": s.no_nsaid_weeks,
             "brace_date": s.brace_weeks if s.brace else None,
             "sitting_date": s.sitting_limit_weeks if s.sitting_limit_minutes else None}
    return {k: v for k, v in weeks.items() if v}


def context(plan: Plan, catalogue: Mapping[str, Precaution]) -> dict[str, str]:
    """The values guidance texts may use, from the plan's settings, precautions and contacts.

    A value the plan does not have (no driving rule, no surgeon phone, no lift limit) is left
    out, so the texts that need it are not shown.
    """
    s = plan.settings
    ctx = {
        "fever_f": _number(s.fever_f),
        "fever_c": _number(s.fever_c),
        "walking_goal_minutes": str(s.walking_goal_minutes),
    }
    optional_weeks = {
        "sitting_limit_minutes": s.sitting_limit_minutes,
        "driving_weeks": s.driving_weeks,
        "return_to_work_weeks": s.return_to_work_weeks,
        "no_nsaid_weeks": s.no_nsaid_weeks,
    }
    ctx.update({k: str(v) for k, v in optional_weeks.items() if v})
    dated = dated_weeks(plan)
    if s.brace:
        # The plan's brace setting (older plans); a brace order prints its own sentence instead.
        ctx["brace"] = ctx["brace_out_of_bed"] = ctx["brace_setting"] = "yes"
        if s.brace_weeks:
            ctx["brace_weeks"] = str(s.brace_weeks)
    else:
        ctx.update(brace_values(plan.precautions, catalogue))
    ctx.update({k: format_date(date_after(plan.surgery_date, v)) for k, v in dated.items() if v})
    texts = {
        "emergency_number": s.emergency_number,
        "surgeon_name": plan.surgeon.name,
        "surgeon_phone": plan.surgeon.phone,
        "clinic_name": plan.clinic.name,
        "clinic_phone": plan.clinic.phone,
        "after_hours_phone": plan.clinic.after_hours_phone,
    }
    ctx.update({k: " ".join(v.split()) for k, v in texts.items() if v.strip()})
    ctx.update(_lift_values(plan, catalogue))
    return ctx


def plan_tags(plan: Plan, guidance: Guidance, weeks: float | None = None) -> set[str]:
    """The template id, precaution ids, conditions (e.g. the ACL graft) and groups a plan belongs
    to (for only_for).

    weeks: the weeks since surgery a handout is about; a precaution that has ended by then no
    longer counts (a hip replacement's "keep your hip bend less than a right angle" stops once
    the surgeon's hip rules end). None: every precaution of the plan.
    """
    tags = {p.id for p in plan.precautions
            if weeks is None or p.weeks_to is None or p.weeks_to > weeks} | set(plan.conditions)
    if plan.template_id:
        tags.add(plan.template_id)
    groups = {g for g, members in guidance.warning_signs.groups.items() if tags & set(members)}
    return tags | groups


def safety_notes_for(exercise: Exercise, tags: set[str]) -> list[str]:
    """The safety notes a patient with these plan tags should read for an exercise.

    General notes always; a surgery note only when the plan belongs to one of its groups (and,
    with while_in_force, has one of those precautions among the tags: in force). With no
    tags at all (a blank plan) every note is kept, since nothing says which ones do not apply.
    """
    notes = list(exercise.safety_notes)
    for note in exercise.surgery_notes:
        if not tags or (tags.intersection(note.only_for)
                        and (not note.while_in_force or tags.intersection(note.while_in_force))):
            notes.append(note.text)
    return notes


def _shown(line: GuidanceLine, ctx: Mapping[str, str], tags: set[str]) -> bool:
    if line.when is not None and line.when not in ctx:
        return False
    if line.unless is not None and line.unless in ctx:
        return False
    if line.only_for and not tags & set(line.only_for):
        return False
    if tags & set(line.not_for):
        return False
    if line.ends_with and not tags & set(line.ends_with):
        return False
    return all(name in ctx for name in PLACEHOLDER.findall(line.text))


def line_weeks(line: GuidanceLine, plan: Plan) -> tuple[float, float | None]:
    """The weeks a rule holds: those of the first of its ends_with precautions the plan has (with
    its conditions), or the whole program. A staged order (5 lb to week 6, then 10 lb to week
    12) holds the rule from its first order to the end of the last that follows on without a
    gap."""
    return _order_weeks(line.ends_with, plan) or (0, None)


def line_start(line: GuidanceLine, plan: Plan) -> float | None:
    """The week a line starts to hold: the end of the first of its starts_after precautions the
    plan has (0 when it has none of them); None when that precaution has no end (the line
    never holds)."""
    weeks = _order_weeks(line.starts_after, plan)
    return 0 if weeks is None else weeks[1]


def _order_weeks(precaution_ids: list[str], plan: Plan) -> tuple[float, float | None] | None:
    """The weeks of the first of these precautions the plan has (see line_weeks), else None."""
    for precaution_id in precaution_ids:
        orders = sorted((order for order in plan.orders(precaution_id)
                         if holds(order, plan.conditions)), key=lambda order: order.weeks_from)
        if not orders:
            continue
        start, end = orders[0].weeks_from, orders[0].weeks_to
        for order in orders[1:]:
            if end is None or order.weeks_from > end:
                break
            end = None if order.weeks_to is None else max(end, order.weeks_to)
        return start, end
    return None


def line_end(line: GuidanceLine, plan: Plan) -> float | None:
    """The week a topic line stops holding: its precaution's end (ends_with), its dated value's
    (`ends`: the sitting limit's date) or its `until_week`, the earliest; None: it holds
    throughout."""
    ends = [line_weeks(line, plan)[1], dated_weeks(plan).get(line.ends) if line.ends else None,
            line.until_week]
    known = [end for end in ends if end is not None]
    return min(known) if known else None


def _text(line: GuidanceLine, ctx: Mapping[str, str], plan: Plan | None) -> str:
    text = fill(line.text, ctx)
    if plan is None:
        return text
    if line.ends_with:
        return f"{dates_words(plan.surgery_date, *line_weeks(line, plan))}: {text}"
    start = line_start(line, plan)
    return f"{since_words(plan.surgery_date, start)}: {text}" if start else text


def _filled(lines: list[GuidanceLine], ctx: Mapping[str, str], tags: set[str],
            plan: Plan | None = None) -> list[str]:
    return [_text(line, ctx, plan) for line in _held(lines, ctx, tags, plan)]


def _held(lines: list[GuidanceLine], ctx: Mapping[str, str], tags: set[str],
          plan: Plan | None) -> list[GuidanceLine]:
    """The lines shown for this plan, without those waiting on a rule that never ends."""
    return [line for line in lines if _shown(line, ctx, tags)
            and (plan is None or line_start(line, plan) is not None)]


def shown_rules(plan: Plan, guidance: Guidance, catalogue: Mapping[str, Precaution]
                ) -> list[tuple[str, GuidanceLine, tuple[float, float | None]]]:
    """The plan's printed topic lines that forbid a movement: (text, line, weeks it holds)."""
    ctx = context(plan, catalogue)
    tags = plan_tags(plan, guidance)
    out = []
    for topic_id in plan.guidance:
        topic = guidance.topics.get(topic_id)
        for line in topic.bullets if topic is not None else []:
            if line.forbids and _shown(line, ctx, tags):
                out.append((_text(line, ctx, plan), line, line_weeks(line, plan)))
    return out


def topics_for(
    plan: Plan, guidance: Guidance, catalogue: Mapping[str, Precaution]
) -> list[GuidanceTopic]:
    """The plan's lifestyle topics, in the plan's order, with their bullets filled in.

    Raises:
        RehabError: the plan names a topic the guidance does not have.
    """
    ctx = context(plan, catalogue)
    tags = plan_tags(plan, guidance)
    out: list[GuidanceTopic] = []
    for topic_id in plan.guidance:
        topic = guidance.topics.get(topic_id)
        if topic is None:
            known = ", ".join(guidance.topics)
            raise RehabError(f"Unknown guidance topic '{topic_id}'. Known topics: {known}")
        bullets = _filled(topic.bullets, ctx, tags, plan)
        shown = _held(topic.bullets, ctx, tags, plan)
        if bullets:
            out.append(GuidanceTopic(id=topic.id, title=topic.title, bullets=bullets,
                                     repeats=[line.repeats for line in shown],
                                     ends=[line_end(line, plan) for line in shown],
                                     weeks=topic.weeks))
    return out


def warning_signs_for(
    plan: Plan, guidance: Guidance, catalogue: Mapping[str, Precaution],
    weeks: float | None = None,
) -> WarningSigns:
    """The warning signs for this plan, in two tiers, filled in.

    weeks: the weeks since surgery this week's handout is about: a sign of the first weeks
    (`until_week`) is left out from its week. None (the whole program, `check`): every sign.
    """
    ctx = context(plan, catalogue)
    tags = plan_tags(plan, guidance)
    signs = guidance.warning_signs

    def current(lines: list[GuidanceLine]) -> list[GuidanceLine]:
        return [line for line in lines
                if weeks is None or line.until_week is None or weeks < line.until_week]

    return WarningSigns(
        call_911_heading=_first(signs.headings.call_911, ctx, tags, "call_911"),
        call_911=_filled(current(signs.call_911), ctx, tags),
        call_surgeon_heading=_first(signs.headings.call_surgeon, ctx, tags, "call_surgeon"),
        call_surgeon=_filled(current(signs.call_surgeon), ctx, tags),
    )


def _first(lines: list[GuidanceLine], ctx: Mapping[str, str], tags: set[str], tier: str) -> str:
    shown = _filled(lines, ctx, tags)
    if not shown:
        raise RehabError(
            f"{WARNING_SIGNS_FILE}: headings.{tier}: no heading can be shown; "
            "the last one should need no value"
        )
    return shown[0]
