"""Plan mode: what the risk profile calls for, never beyond the authorisation valid on arrival."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from monitoring.plans import authorised_level, decide_mode
from planning.readiness.facts import AssuranceRecord, CaseFacts, CountryFacts, PersonFacts, VulnerabilityRecord
from planning.storage.store import Store
from planning.vocabulary import (
    AssuranceKind,
    AssuranceScope,
    AssuranceStatus,
    MonitoringLevel,
    VulnerabilityKind,
)
from tests.conftest import TODAY
from tests.unit.monitoring.helpers import add_monitor, arrived_family, follow_ups

RANK = {None: 0, MonitoringLevel.PASSIVE: 1, MonitoringLevel.ACTIVE: 2}
REGIONS = st.sampled_from([None, "Tbilisi", "Batumi"])
days = st.integers(-400, 400).map(lambda n: TODAY + timedelta(days=n))


@st.composite
def authorisations(draw: st.DrawFn, n: int) -> AssuranceRecord:
    start = draw(days)
    return AssuranceRecord(
        id=n, kind=AssuranceKind.MONITORING_AUTHORISATION, scope=AssuranceScope.NATIONALS,
        status=draw(st.sampled_from(list(AssuranceStatus))), valid_from=start,
        valid_to=draw(st.none() | st.integers(0, 500).map(lambda d: start + timedelta(days=d))),
        monitoring_level=draw(st.sampled_from(list(MonitoringLevel))), region=draw(REGIONS),
    )


@st.composite
def cases(draw: st.DrawFn) -> CaseFacts:
    others = [AssuranceRecord(100 + i, kind, AssuranceScope.NATIONALS, draw(st.sampled_from(list(AssuranceStatus))),
                              TODAY - timedelta(days=100), None)
              for i, kind in enumerate((AssuranceKind.READMISSION, AssuranceKind.NO_PUNISHMENT))]
    auths = [draw(authorisations(i)) for i in range(draw(st.integers(0, 4)))]
    country = CountryFacts("GEO", "Georgia", assurances=tuple(auths + others),
                           active_monitoring_profiles=frozenset(draw(st.sets(st.sampled_from(
                               [k.value for k in VulnerabilityKind]), max_size=2))))
    members = tuple(
        PersonFacts(
            id=i, name=f"P{i}", date_of_birth=date(draw(st.integers(1950, 2024)), 1, 1), nationality="GEO",
            vulnerabilities=tuple(VulnerabilityRecord(k, TODAY - timedelta(days=30)) for k in draw(
                st.sets(st.sampled_from(list(VulnerabilityKind)), max_size=2))),
        )
        for i in range(1, draw(st.integers(1, 4)) + 1)
    )
    return CaseFacts(1, "HW-1", country, members, region=draw(REGIONS))


@settings(max_examples=400, deadline=None)
@given(cases(), days)
def test_plan_mode_never_exceeds_the_authorisation_valid_on_arrival(case: CaseFacts, arrived_on: date) -> None:
    decision = decide_mode(case, arrived_on)
    valid = [a for a in case.country.assurances_of(AssuranceKind.MONITORING_AUTHORISATION)
             if a.status is AssuranceStatus.IN_FORCE and a.in_period(arrived_on) and a.covers_region(case.region)]
    widest = max((RANK[a.monitoring_level] for a in valid), default=0)

    assert RANK[decision.mode] <= widest
    assert decision.authorised is authorised_level(case, arrived_on)
    # As much as needed, within the authorisation: active wherever the profile calls for it and allowed.
    assert RANK[decision.mode] == min(RANK[decision.needed], widest)
    if decision.needed is MonitoringLevel.ACTIVE:
        assert decision.because


def test_a_plain_household_is_followed_up_passively_on_the_default_schedule(store: Store) -> None:
    add_monitor(store, "mona")
    _, plan = arrived_family(store)

    assert plan.mode is MonitoringLevel.PASSIVE and plan.needed is MonitoringLevel.PASSIVE
    assert plan.due == (TODAY, date(2026, 7, 1), date(2026, 9, 1), date(2026, 12, 1), date(2027, 6, 1))
    assert plan.monitor == "mona"
    assert {f.monitor for f in follow_ups(store, plan.plan_id)} == {"mona"}


def test_a_victim_of_trafficking_is_monitored_actively_where_authorised(store: Store) -> None:
    _, plan = arrived_family(store, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING)
    assert plan.mode is MonitoringLevel.ACTIVE and plan.authorised is MonitoringLevel.ACTIVE


def test_where_only_passive_is_authorised_the_plan_stays_passive(store: Store) -> None:
    _, plan = arrived_family(store, level=MonitoringLevel.PASSIVE, kind=VulnerabilityKind.VICTIM_OF_TRAFFICKING)
    assert plan.needed is MonitoringLevel.ACTIVE
    assert plan.mode is MonitoringLevel.PASSIVE


def test_the_least_loaded_monitor_gets_the_next_household(store: Store) -> None:
    add_monitor(store, "mona")
    add_monitor(store, "bert")
    _, first = arrived_family(store)
    _, second = arrived_family(store)
    assert {first.monitor, second.monitor} == {"mona", "bert"}
