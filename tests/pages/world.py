"""A small world modelled on the five source documents, built with the factories.

Used by the page tests, the browser tests and their screenshots, so that the pages are judged on data
that looks like the real thing: partial and inferred dates, a split region, a suspect trade figure,
an overdue commitment, a draft that must stay hidden.
"""

import datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.utils import timezone

from partnerships.models import (
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    Language,
    OrganizationKind,
    PartnershipStatus,
    RegionChangeKind,
    RegionKind,
    Scale,
    StatisticKind,
    StepKind,
    TopicKind,
    TradeFlow,
    TradeQuality,
)
from tests.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    AgreementStepFactory,
    CitationFactory,
    CommitmentFactory,
    DelegationFactory,
    DelegationMemberFactory,
    EventFactory,
    OrganizationFactory,
    PartnershipFactory,
    PersonFactory,
    RegionAliasFactory,
    RegionChangeFactory,
    RegionCodeFactory,
    RegionFactory,
    RegionStatisticFactory,
    SourceFactory,
    TopicFactory,
    TradeFigureFactory,
    VisitFactory,
)
from visits.models import CommitmentStatus, DelegationSide, EventKind, HappeningStatus, VisitKind

DOCUMENTS = Path(settings.BASE_DIR) / "fixtures" / "documents"
PUBLISHED = {"published_at": timezone.make_aware(datetime.datetime(2024, 1, 1))}


def _document(number: int) -> str:
    return next(DOCUMENTS.glob(f"{number:03d}_*.txt")).read_text(encoding="utf-8")


def _cite(record, source, quote: str, note: str = ""):
    assert quote in source.full_text, quote
    return CitationFactory(record=record, source=source, quote=quote, note=note)


def voivodeship(slug: str, name_pl: str, name_en: str, iso: str):
    return RegionFactory(slug=slug, name_pl=name_pl, name_en=name_en, iso_code=iso, capital="")


def build_documents_world() -> SimpleNamespace:  # noqa: PLR0915 — one scene, told in order
    w = SimpleNamespace()
    w.sources = [
        SourceFactory(
            key=f"doc-{number}",
            title=title,
            publisher=publisher,
            url="",
            published_on=published_on,
            date_precision=precision,
            full_text=_document(number),
        )
        for number, title, publisher, published_on, precision in [
            (
                0,
                "Spotkanie z Ambasadorem Kazachstanu",
                "Urząd Marszałkowski Województwa Wielkopolskiego",
                datetime.date(2021, 7, 1),
                DatePrecision.MONTH,
            ),
            (
                1,
                "Wizyta Ambasadora Kazachstanu",
                "Dolnośląski Urząd Wojewódzki",
                datetime.date(2019, 1, 1),
                DatePrecision.YEAR,
            ),
            (
                2,
                "Lubelskie na Expo 2017 w Astanie",
                "Urząd Marszałkowski Województwa Lubelskiego",
                datetime.date(2017, 9, 1),
                DatePrecision.MONTH,
            ),
            (
                3,
                "Wizyta w obwodzie Ałmatyńskim w Kazachstanie",
                "Urząd Marszałkowski Województwa Lubelskiego",
                datetime.date(2018, 1, 1),
                DatePrecision.YEAR,
            ),
            (
                4,
                "Obwód Ałmatyński — profil regionu",
                "Urząd Marszałkowski Województwa Lubelskiego",
                None,
                DatePrecision.DAY,
            ),
        ]
    ]
    wlkp_doc, dolny_doc, expo_doc, visit_doc, profile_doc = w.sources

    # Regions, with the history of the documents' Almaty Region and South Kazakhstan Region.
    w.lubelskie = voivodeship("lubelskie", "województwo lubelskie", "Lublin Voivodeship", "PL-06")
    w.wielkopolskie = voivodeship("wielkopolskie", "województwo wielkopolskie", "Greater Poland Voivodeship", "PL-30")
    w.dolnoslaskie = voivodeship("dolnoslaskie", "województwo dolnośląskie", "Lower Silesian Voivodeship", "PL-02")
    oblast = {"country": "KZ", "kind": RegionKind.OBLAST, "name_local_language": Language.KAZAKH}
    w.almaty_old = RegionFactory(
        **oblast,
        slug="almaty-region-1997-2022",
        name_pl="obwód ałmatyński (1997–2022)",
        name_en="Almaty Region (1997–2022)",
        name_local="Алматы облысы",
        iso_code=None,
        capital="Tałdykorgan",
        abolished_on=datetime.date(2022, 6, 8),
    )
    w.almaty = RegionFactory(
        **oblast,
        slug="almaty-region",
        name_pl="obwód ałmatyński",
        name_en="Almaty Region",
        name_local="Алматы облысы",
        iso_code="KZ-19",
        capital="Konajew",
        established_on=datetime.date(2022, 6, 8),
    )
    w.zhetisu = RegionFactory(
        **oblast,
        slug="zhetisu-region",
        name_pl="obwód żetysuski",
        name_en="Jetisu Region",
        name_local="Жетісу облысы",
        iso_code="KZ-33",
        capital="Tałdykorgan",
        established_on=datetime.date(2022, 6, 8),
    )
    w.south_kazakhstan = RegionFactory(
        **oblast,
        slug="south-kazakhstan-region",
        name_pl="obwód południowokazachstański",
        name_en="South Kazakhstan Region",
        iso_code=None,
        capital="Szymkent",
        abolished_on=datetime.date(2018, 6, 19),
    )
    w.turkistan = RegionFactory(
        **oblast,
        slug="turkistan-region",
        name_pl="obwód turkiestański",
        name_en="Turkistan Region",
        name_local="Түркістан облысы",
        iso_code="KZ-61",
        capital="Turkiestan",
    )
    w.east_kazakhstan = RegionFactory(
        **oblast,
        slug="east-kazakhstan-region",
        name_pl="obwód wschodniokazachstański",
        name_en="East Kazakhstan Region",
        iso_code="KZ-63",
        capital="Ust-Kamienogorsk",
    )
    RegionCodeFactory(region=w.almaty_old, code="KZ-ALM", withdrawn_on=datetime.date(2022, 6, 8))
    RegionCodeFactory(region=w.south_kazakhstan, code="KZ-YUZ", withdrawn_on=datetime.date(2018, 6, 19))
    RegionCodeFactory(region=w.lubelskie, code="PL-LU", adopted_on=datetime.date(1999, 1, 1), withdrawn_on=None)
    for name, language in [("Ałmatyński", Language.POLISH), ("Алматинская область", Language.RUSSIAN)]:
        RegionAliasFactory(region=w.almaty_old, name=name, language=language)
    RegionAliasFactory(region=w.south_kazakhstan, name="Obwód Południowo-Kazachstański", language=Language.POLISH)
    for successor in (w.almaty, w.zhetisu):
        RegionChangeFactory(
            kind=RegionChangeKind.SPLIT,
            predecessor=w.almaty_old,
            successor=successor,
            changed_on=datetime.date(2022, 6, 8),
            capital_before="Tałdykorgan",
            capital_after=successor.capital,
        )
    rename = RegionChangeFactory(
        kind=RegionChangeKind.RENAME,
        predecessor=w.south_kazakhstan,
        successor=w.turkistan,
        changed_on=datetime.date(2018, 6, 19),
        capital_before="Szymkent",
        capital_after="Turkiestan",
    )
    _cite(
        rename,
        wlkp_doc,
        "Obwód zmienił w międzyczasie swoje granice administracyjne i zyskał nazwę na Obwód Turkiestański",
    )
    area = RegionStatisticFactory(
        region=w.almaty_old,
        kind=StatisticKind.AREA,
        value=Decimal("224000"),
        unit="km²",
        reference_year=None,
        value_as_written="224 tys. km2",
    )
    _cite(area, profile_doc, "Powierzchnia: 224 tys. km2")
    population = RegionStatisticFactory(
        region=w.almaty_old,
        kind=StatisticKind.POPULATION,
        value=Decimal("1900000"),
        unit="persons",
        reference_year=2018,
        is_reference_year_inferred=True,
        reference_year_note="The document was published in 2018 and gives no year for the figure.",
        qualifier="about",
        value_as_written="ok. 1,9 mln",
    )
    _cite(population, profile_doc, "Ludność: ok. 1,9 mln")
    over_two = RegionStatisticFactory(
        region=w.almaty_old,
        kind=StatisticKind.POPULATION,
        value=Decimal("2000000"),
        unit="persons",
        reference_year=None,
        qualifier="over",
        value_as_written="ponad 2 miliony",
        is_suspect=True,
        quality_note="The same document also gives “ok. 1,9 mln”; the two cannot both hold.",
    )
    _cite(over_two, visit_doc, "Stolicą regionu zamieszkanego przez ponad 2 miliony osób jest Tałdykorgan")

    topics = {
        code: TopicFactory(code=code, kind=TopicKind.AREA, name_pl=pl, name_en=en)
        for code, pl, en in [
            ("economy", "gospodarka", "economy"),
            ("science", "nauka", "science"),
            ("culture", "kultura", "culture"),
            ("health", "ochrona zdrowia", "health care"),
            ("tourism", "turystyka", "tourism"),
        ]
    }
    w.topics = topics
    w.dairy = TopicFactory(
        code="dairy-processing", kind=TopicKind.SECTOR, name_pl="przetwórstwo mleczne", name_en="dairy processing"
    )

    # People and organizations.
    person = {
        slug: PersonFactory(slug=slug, name=name, name_en=latin, country=country)
        for slug, name, latin, country in [
            ("wojciech-jankowiak", "Wojciech Jankowiak", "", "PL"),
            ("alim-kirabayev", "Alim Kirabayev", "Alim Kirabayev", "KZ"),
            ("grzegorz-kapusta", "Grzegorz Kapusta", "", "PL"),
            ("slawomir-sosnowski", "Sławomir Sosnowski", "", "PL"),
            ("amandyk-batalov", "Amandyk Gabbasowicz Batalow", "Amandyk Batalov", "KZ"),
            ("dariusz-olenski", "Dariusz Oleński", "", "PL"),
            ("tomasz-smolarz", "Tomasz Smolarz", "", "PL"),
            ("erik-utembayev", "Erik Utembajew", "Yerik Utembayev", "KZ"),
        ]
    }
    w.people = person
    organization = {
        slug: OrganizationFactory(slug=slug, name=name, name_en=english, kind=kind, country=country)
        for slug, name, english, kind, country in [
            (
                "embassy-kz-pl",
                "Ambasada Republiki Kazachstanu w RP",
                "Embassy of the Republic of Kazakhstan in Poland",
                OrganizationKind.EMBASSY,
                "KZ",
            ),
            (
                "hospital-biala-podlaska",
                "Wojewódzki Szpital Specjalistyczny w Białej Podlaskiej",
                "Provincial Specialist Hospital in Biała Podlaska",
                OrganizationKind.HOSPITAL,
                "PL",
            ),
            (
                "hospital-taldykorgan",
                "Miejski Szpital Multidyscyplinarny w Tałdykorganie",
                "City Multidisciplinary Hospital in Taldykorgan",
                OrganizationKind.HOSPITAL,
                "KZ",
            ),
            ("polpharma", "Polpharma", "", OrganizationKind.COMPANY, "PL"),
            ("kazakh-invest", "Kazakh Invest", "", OrganizationKind.INVESTMENT_AGENCY, "KZ"),
        ]
    }
    w.organizations = organization

    # Partnerships.
    w.lublin_almaty = PartnershipFactory(
        slug="lubelskie-almaty-region",
        voivodeship=w.lubelskie,
        partner_region=w.almaty_old,
        status=PartnershipStatus.ACTIVE,
        since_on=datetime.date(2015, 1, 1),
        date_precision=DatePrecision.YEAR,
        summary="Współpraca w dziedzinie promocji, edukacji oraz zdrowia.",
        topics=[topics["economy"], topics["science"], topics["culture"], topics["health"], w.dairy],
    )
    _cite(w.lublin_almaty, profile_doc, "Pierwsze znaczące kontakty z\u00a0obwodem\u00a0zostały zainicjowane w 2015 r.")
    w.poznan_turkistan = PartnershipFactory(
        slug="wielkopolskie-south-kazakhstan",
        voivodeship=w.wielkopolskie,
        partner_region=w.south_kazakhstan,
        status=PartnershipStatus.ACTIVE,
        since_on=datetime.date(2003, 1, 1),
        date_precision=DatePrecision.YEAR,
    )
    _cite(w.poznan_turkistan, wlkp_doc, "podpisaną od 2003 roku umowę z Obwodem Południowo-Kazachstańskim")
    w.wroclaw_east = PartnershipFactory(
        slug="dolnoslaskie-east-kazakhstan",
        voivodeship=w.dolnoslaskie,
        partner_region=w.east_kazakhstan,
        status=PartnershipStatus.PROSPECTIVE,
        since_on=None,
    )
    _cite(
        w.wroclaw_east,
        dolny_doc,
        "rozmawiano także o możliwości nawiązania relacji partnerskich Dolnego Śląska "
        "i regionu Wschodniokazachstańskiego",
    )

    # Events of Expo 2017.
    w.expo = EventFactory(
        name="Międzynarodowa Wystawa Expo 2017",
        kind=EventKind.EXPO,
        start_on=datetime.date(2017, 6, 10),
        end_on=datetime.date(2017, 9, 10),
        place="Astana",
        country="KZ",
        voivodeship=None,
        organizer=None,
        **PUBLISHED,
    )
    _cite(w.expo, expo_doc, "zakończonej 10 września Międzynarodowej Wystawie Expo 2017 w Astanie")
    w.forum = EventFactory(
        name="Polsko-Kazachstańskie Forum Gospodarcze",
        kind=EventKind.FORUM,
        parent=w.expo,
        start_on=datetime.date(2017, 9, 6),
        end_on=datetime.date(2017, 9, 6),
        place="Astana",
        country="KZ",
        voivodeship=None,
        organizer=None,
        **PUBLISHED,
    )
    _cite(w.forum, expo_doc, "Polsko-Kazachstańskie Forum Gospodarcze (6.09.2017)")
    w.national_day = EventFactory(
        name="Narodowy Dzień Polski na Expo 2017",
        kind=EventKind.NATIONAL_DAY,
        parent=w.expo,
        start_on=datetime.date(2017, 9, 7),
        end_on=datetime.date(2017, 9, 7),
        place="Astana",
        country="KZ",
        voivodeship=None,
        organizer=None,
        **PUBLISHED,
    )
    _cite(w.national_day, expo_doc, "Narodowy Dzień Polski na Expo 2017 w Astanie (7.09.2017)")
    w.commission = EventFactory(
        name="Posiedzenie Międzyrządowej Komisji Polsko-Kazachstańskiej z Forum Biznesowym",
        kind=EventKind.COMMISSION_SESSION,
        status=HappeningStatus.PLANNED,
        start_on=datetime.date(2021, 10, 5),
        end_on=None,
        place="Warszawa",
        country="PL",
        is_date_inferred=True,
        date_inference_note="The document gives “5 października” without a year; it was published in July 2021.",
        date_as_written="zaplanowane na 5 października",
        voivodeship=None,
        organizer=None,
        **PUBLISHED,
    )
    _cite(w.commission, wlkp_doc, "zaplanowane na 5 października wspólne posiedzenie Międzyrządowej Komisji")

    # Visits.
    w.almaty_in_lublin = VisitFactory(
        title="Wizyta przedstawicieli obwodu Ałmatyńskiego w Lublinie",
        kind=VisitKind.WORKING,
        partnership=w.lublin_almaty,
        region=w.lubelskie,
        country="PL",
        place="Lublin",
        start_on=datetime.date(2017, 7, 23),
        end_on=datetime.date(2017, 7, 24),
        is_date_inferred=True,
        date_inference_note="The document says “br.” (this year) and was published in September 2017.",
        date_as_written="w dniach 23-24 lipca br.",
        **PUBLISHED,
    )
    _cite(
        w.almaty_in_lublin,
        expo_doc,
        "ostatniej wizyty przedstawicieli kazachskiego Obwodu Ałmatyńskiego w Lublinie, w dniach 23-24 lipca br.",
    )
    w.expo_delegation = VisitFactory(
        title="Delegacja Województwa Lubelskiego na Expo 2017 w Astanie",
        kind=VisitKind.DELEGATION,
        partnership=w.lublin_almaty,
        region=None,
        country="KZ",
        place="Astana",
        event=w.forum,
        start_on=datetime.date(2017, 9, 6),
        end_on=datetime.date(2017, 9, 7),
        purpose="Promocja polskiej gospodarki podczas Wystawy Expo 2017; "
        "sesja „Współpraca regionalna i rozwój infrastruktury”.",
        **PUBLISHED,
    )
    _cite(
        w.expo_delegation,
        expo_doc,
        "udział wzięła delegacja przedstawicieli Województwa Lubelskiego, "
        "z\u00a0wicemarszałkiem Grzegorzem Kapustą na czele",
    )
    delegation = DelegationFactory(visit=w.expo_delegation, side=DelegationSide.GUEST, region=w.lubelskie)
    DelegationMemberFactory(
        delegation=delegation,
        person=person["grzegorz-kapusta"],
        role="Wicemarszałek Województwa Lubelskiego",
        is_leader=True,
    )
    w.mission_2018 = VisitFactory(
        title="Wizyta w obwodzie Ałmatyńskim",
        kind=VisitKind.WORKING,
        partnership=w.lublin_almaty,
        region=w.almaty_old,
        country="KZ",
        place="Tałdykorgan",
        start_on=datetime.date(2018, 4, 1),
        end_on=None,
        date_precision=DatePrecision.MONTH,
        outcomes="Memorandum o współpracy między województwem lubelskim i obwodem Ałmatyńskim; umowa szpitali.",
        **PUBLISHED,
    )
    _cite(w.mission_2018, visit_doc, "kwietniowa misja stanowiła pierwszy krok w stronę realizacji tego założenia")
    delegation = DelegationFactory(visit=w.mission_2018, side=DelegationSide.GUEST, region=w.lubelskie)
    DelegationMemberFactory(
        delegation=delegation,
        person=person["slawomir-sosnowski"],
        role="Marszałek Województwa Lubelskiego",
        is_leader=True,
    )
    DelegationMemberFactory(
        delegation=delegation,
        person=person["dariusz-olenski"],
        role="Dyrektor Wojewódzkiego Szpitala Specjalistycznego w Białej Podlaskiej",
    )
    w.ambassador_in_poznan = VisitFactory(
        title="Spotkanie z Ambasadorem Kazachstanu",
        kind=VisitKind.COURTESY,
        partnership=w.poznan_turkistan,
        region=w.wielkopolskie,
        country="PL",
        place="Poznań",
        host=None,
        start_on=datetime.date(2021, 7, 1),
        end_on=None,
        is_date_inferred=True,
        date_inference_note="The document gives “w czwartek 1 lipca” without a year; "
        "1 July fell on a Thursday in 2021.",
        date_as_written="w czwartek 1 lipca",
        purpose="Pierwsza wizyta wyjazdowa Ambasadora od objęcia placówki we wrześniu 2020 r.",
        **PUBLISHED,
    )
    _cite(
        w.ambassador_in_poznan,
        wlkp_doc,
        "W czwartek 1 lipca Wicemarszałek Województwa Wielkopolskiego Wojciech Jankowiak spotkał się z Ambasadorem",
    )
    host = DelegationFactory(visit=w.ambassador_in_poznan, side=DelegationSide.HOST, region=w.wielkopolskie)
    DelegationMemberFactory(
        delegation=host,
        person=person["wojciech-jankowiak"],
        role="Wicemarszałek Województwa Wielkopolskiego",
        is_leader=True,
    )
    guest = DelegationFactory(
        visit=w.ambassador_in_poznan, side=DelegationSide.GUEST, region=None, organization=organization["embassy-kz-pl"]
    )
    DelegationMemberFactory(
        delegation=guest, person=person["alim-kirabayev"], role="Ambasador Nadzwyczajny i Pełnomocny", is_leader=True
    )
    DelegationMemberFactory(delegation=guest, person=None, role="I Sekretarz Ambasady")
    w.ambassador_in_wroclaw = VisitFactory(
        title="Wizyta Ambasadora Kazachstanu w Dolnośląskim Urzędzie Wojewódzkim",
        kind=VisitKind.COURTESY,
        partnership=w.wroclaw_east,
        region=w.dolnoslaskie,
        country="PL",
        place="Wrocław",
        start_on=None,
        end_on=None,
        **PUBLISHED,
    )
    _cite(
        w.ambassador_in_wroclaw,
        dolny_doc,
        "Wojewoda Tomasz Smolarz i wicewojewoda Ewa Mańkowska spotkali się w Dolnośląskim Urzędzie Wojewódzkim",
    )
    w.draft_visit = VisitFactory(
        title="Notatka robocza: rewizyta w Tałdykorganie",
        kind=VisitKind.WORKING,
        partnership=w.lublin_almaty,
        start_on=datetime.date(2019, 5, 20),
        end_on=None,
        published_at=None,
    )

    # Agreements and their lifecycle.
    w.memorandum = AgreementFactory(
        title="Memorandum o współpracy między województwem lubelskim i obwodem Ałmatyńskim",
        kind=AgreementKind.MEMORANDUM,
        status=AgreementStatus.IN_FORCE,
        partnership=w.lublin_almaty,
        signed_on=datetime.date(2018, 4, 1),
        date_precision=DatePrecision.MONTH,
        place="Tałdykorgan",
        topics=[topics["economy"], topics["science"], topics["culture"], topics["health"]],
        **PUBLISHED,
    )
    w.mission_2018.agreements.set([w.memorandum])
    _cite(
        w.memorandum,
        visit_doc,
        "Wizyta w Kazachstanie zaowocowała zawarciem memorandum o współpracy "
        "między województwem lubelskim i obwodem Ałmatyńskim",
    )
    AgreementPartyFactory(
        agreement=w.memorandum,
        region=w.lubelskie,
        signatory=person["slawomir-sosnowski"],
        signatory_title="Marszałek Województwa Lubelskiego",
    )
    AgreementPartyFactory(
        agreement=w.memorandum, region=w.almaty_old, signatory=person["amandyk-batalov"], signatory_title="Akim obwodu"
    )
    signed = AgreementStepFactory(
        agreement=w.memorandum, kind=StepKind.SIGNED, occurred_on=datetime.date(2018, 4, 1), date_precision="month"
    )
    _cite(signed, visit_doc, "podpisanym przez marszałka Sławomira Sosnowskiego")
    w.hospitals = AgreementFactory(
        title="Umowa o współpracy szpitali w Białej Podlaskiej i Tałdykorganie",
        kind=AgreementKind.INSTITUTIONAL_AGREEMENT,
        status=AgreementStatus.IN_FORCE,
        partnership=w.lublin_almaty,
        signed_on=datetime.date(2018, 4, 1),
        date_precision=DatePrecision.MONTH,
        place="Tałdykorgan",
        topics=[topics["health"]],
        **PUBLISHED,
    )
    _cite(w.hospitals, visit_doc, "zawarł z Miejskim Szpitalem Multidyscyplinarnym Tałdykorganie umowę o współpracy")
    AgreementPartyFactory(
        agreement=w.hospitals,
        region=None,
        organization=organization["hospital-biala-podlaska"],
        signatory=person["dariusz-olenski"],
        signatory_title="Dyrektor",
    )
    AgreementPartyFactory(
        agreement=w.hospitals, region=None, organization=organization["hospital-taldykorgan"], signatory=None
    )
    w.turkistan_agreement = AgreementFactory(
        title="Umowa o współpracy z Obwodem Południowo-Kazachstańskim",
        kind=AgreementKind.COOPERATION_AGREEMENT,
        status=AgreementStatus.IN_FORCE,
        partnership=w.poznan_turkistan,
        signed_on=datetime.date(2003, 1, 1),
        date_precision=DatePrecision.YEAR,
        place="",
        topics=[topics["economy"], topics["tourism"]],
        **PUBLISHED,
    )
    _cite(w.turkistan_agreement, wlkp_doc, "podpisaną od 2003 roku umowę z Obwodem Południowo-Kazachstańskim")
    AgreementPartyFactory(agreement=w.turkistan_agreement, region=w.wielkopolskie, signatory=None)
    AgreementPartyFactory(agreement=w.turkistan_agreement, region=w.south_kazakhstan, signatory=None)
    AgreementStepFactory(
        agreement=w.turkistan_agreement,
        kind=StepKind.SIGNED,
        occurred_on=datetime.date(2003, 1, 1),
        date_precision="year",
    )
    reaffirmed = AgreementStepFactory(
        agreement=w.turkistan_agreement,
        kind=StepKind.REAFFIRMED,
        occurred_on=datetime.date(2021, 7, 1),
        is_date_inferred=True,
        date_inference_note="Agreed at the meeting of “w czwartek 1 lipca”, in 2021.",
        note="Strony uznały umowę za prawnie ważną; jej zmiana nie jest konieczna.",
    )
    _cite(reaffirmed, wlkp_doc, "Strony uzgodniły, że uważają umowę o współpracy za prawnie ważną")
    w.polpharma = AgreementFactory(
        title="Memorandum o współpracy Polpharma – Kazakh Invest",
        kind=AgreementKind.MEMORANDUM,
        status=AgreementStatus.IN_FORCE,
        partnership=None,
        voivodeship=None,
        signed_on=datetime.date(2017, 9, 6),
        place="Astana",
        **PUBLISHED,
    )
    w.forum.agreements.set([w.polpharma])
    AgreementPartyFactory(agreement=w.polpharma, region=None, organization=organization["polpharma"], signatory=None)
    AgreementPartyFactory(
        agreement=w.polpharma, region=None, organization=organization["kazakh-invest"], signatory=None
    )
    _cite(
        w.polpharma,
        expo_doc,
        "memorandum o współpracy między polską firmą farmaceutyczną Polpharma a\u00a0organizacją Kazakh Invest",
    )
    w.draft_agreement = AgreementFactory(
        title="Projekt porozumienia o wymianie studentów",
        kind=AgreementKind.LETTER_OF_INTENT,
        status=AgreementStatus.PLANNED,
        partnership=w.lublin_almaty,
        signed_on=datetime.date(2019, 6, 1),
        published_at=None,
    )

    # Commitments: one met, two overdue, one without a date.
    w.mission_promise = CommitmentFactory(
        description="Misja gospodarcza przedsiębiorców z Lubelszczyzny do Obwodu Ałmatyńskiego",
        visit=w.almaty_in_lublin,
        status=CommitmentStatus.MET,
        fulfilled_by_visit=w.mission_2018,
        due_on=None,
        owed_by_region=w.lubelskie,
        **PUBLISHED,
    )
    _cite(
        w.mission_promise,
        expo_doc,
        "Następnym krokiem w stronę partnerstwa ma być organizacja misji gospodarczej "
        "przedsiębiorców z Lubelszczyzny do Obwodu Ałmatyńskiego",
    )
    w.conference_promise = CommitmentFactory(
        description="Wspólna konferencja szpitali w obwodzie Ałmatyńskim",
        visit=w.mission_2018,
        due_on=datetime.date(2018, 5, 1),
        date_precision=DatePrecision.MONTH,
        owed_by_organization=organization["hospital-biala-podlaska"],
        **PUBLISHED,
    )
    _cite(
        w.conference_promise,
        visit_doc,
        "Obie placówki już zaplanowały wspólną konferencję w obwodzie Ałmatyńskim, która ma odbyć się w maju 2018 r.",
    )
    w.online_meeting = CommitmentFactory(
        description="Spotkanie online Wielkopolski z partnerami z Kazachstanu przed posiedzeniem Komisji",
        visit=w.ambassador_in_poznan,
        due_on=datetime.date(2021, 10, 5),
        is_date_inferred=True,
        date_inference_note="“do tego czasu”: before the commission session of 5 October 2021.",
        owed_by_region=w.wielkopolskie,
        **PUBLISHED,
    )
    _cite(w.online_meeting, wlkp_doc, "zorganizować spotkanie online pomiędzy Wielkopolską a partnerami z Kazachstanu")
    w.talks_promise = CommitmentFactory(
        description="Rozmowy Ambasadora z władzami Obwodu Turkiestańskiego o aktualizacji umowy",
        visit=w.ambassador_in_poznan,
        due_on=None,
        owed_by_person=person["alim-kirabayev"],
        **PUBLISHED,
    )
    _cite(
        w.talks_promise,
        wlkp_doc,
        "Pan Ambasador zobowiązał się przeprowadzić stosowne rozmowy w tym zakresie z władzami Obwodu Turkiestańskiego",
    )

    # Trade: the whole of 2016, two ranks, and the half-year figure that cannot be right.
    w.turnover_2016 = TradeFigureFactory(
        flow=TradeFlow.TURNOVER,
        period_start_on=datetime.date(2016, 1, 1),
        period_end_on=datetime.date(2016, 12, 31),
        value=Decimal("759"),
        scale=Scale.MILLIONS,
        currency="USD",
        value_as_written="759 mln USD",
    )
    _cite(
        w.turnover_2016,
        expo_doc,
        "Obroty handlowe pomiędzy Polską a\u00a0Kazachstanem osiągnęły w 2016 roku wartość 759 mln USD",
    )
    w.export_rank = TradeFigureFactory(
        flow=TradeFlow.EXPORT,
        period_start_on=datetime.date(2016, 1, 1),
        period_end_on=datetime.date(2016, 12, 31),
        value=None,
        currency="",
        value_as_written="",
        rank=16,
        rank_among="exporters to Kazakhstan",
    )
    _cite(w.export_rank, expo_doc, "pośród eksporterów do Kazachstanu nasz kraj zajmuje 16-tą pozycję")
    w.suspect_half_year = TradeFigureFactory(
        flow=TradeFlow.TURNOVER,
        period_start_on=datetime.date(2017, 1, 1),
        period_end_on=datetime.date(2017, 6, 30),
        date_precision=DatePrecision.MONTH,
        value=Decimal("314.6"),
        scale=Scale.BILLIONS,
        currency="USD",
        value_as_written="314,6 mld USD",
        quality=TradeQuality.SUSPECT,
        quality_note="314,6 mld USD for half a year is over 400 times the 759 mln USD of the whole of 2016; "
        "most likely “mln” was meant.",
    )
    _cite(
        w.suspect_half_year,
        visit_doc,
        "Polsko-kazachska wymiana handlowa osiągnęła w I półroczu 2017 wartość 314,6 mld USD",
    )
    return w
