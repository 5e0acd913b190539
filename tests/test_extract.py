"""Extraction on short articles written for the tests, one behaviour each."""

import datetime as dt

import pytest

from kg.documents import Document
from kg.extract import extract_document


def _events(text, published=None):
    doc = Document(text, "t.txt", "t.txt", published=dt.date.fromisoformat(published) if published else None)
    return extract_document(doc).events


def _summary(events):
    return sorted((e.type, e.countries, e.date.value if e.date else None, e.planned) for e in events)


@pytest.fixture
def data_copy(tmp_path):
    """A copy of the package's reference data that a test may extend."""
    import shutil

    from kg.extract.gazetteer import data_path

    folder = tmp_path / "data"
    shutil.copytree(data_path(), folder, ignore=shutil.ignore_patterns("__*"))
    return folder


def test_state_visit_with_host_guest_city_and_relative_date():
    (visit,) = [e for e in _events(
        "Kenyan President William Ruto arrived in Addis Ababa on Thursday for a two-day state visit to Ethiopia.",
        "2024-03-08") if e.type == "Visit"]
    assert (visit.guest, visit.host, visit.city, visit.date.value) == ("KEN", "ETH", "Addis Ababa", "2024-03-07")
    assert visit.visit_type == "state"


def test_talks_give_a_meeting_with_persons():
    (meeting,) = [e for e in _events("Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart "
                                     "Tokayev in Astana on 3 July 2024.") if e.type == "Meeting"]
    assert meeting.type == "Meeting" and meeting.countries == ("CHN", "KAZ")
    assert set(meeting.persons) == {"Xi Jinping", "Kassym-Jomart Tokayev"}
    assert meeting.city == "Astana" and meeting.date.value == "2024-07-03"


def test_phone_call_between_foreign_ministers():
    events = _events("Indian External Affairs Minister S. Jaishankar spoke by phone with his Japanese "
                     "counterpart on Monday.", "2024-05-08")
    assert _summary(events) == [("Meeting", ("IND", "JPN"), "2024-05-06", False)]


@pytest.mark.parametrize("call", ["a videoconference", "a video-conference", "a teleconference", "a virtual meeting"])
def test_calls_by_video_are_meetings(call):
    events = _events(f"The foreign ministers of Colombia and Ecuador held {call} on Monday.", "2025-02-04")
    assert _summary(events) == [("Meeting", ("COL", "ECU"), "2025-02-03", False)]


def test_plans_are_marked_and_negations_dropped():
    events = _events("Brazilian President Lula will visit Angola next month. He did not meet the "
                     "Argentine president on Friday.", "2024-05-08")
    assert _summary(events) == [("Visit", ("BRA", "AGO"), "2024-06", True)]


@pytest.mark.parametrize("text", [
    "If relations improve, Poland's president could visit Belarus.",
    "Russian President Vladimir Putin is unlikely to visit Brazil this year.",
    "Kenya and Ethiopia will probably sign the power deal in March.",
])
def test_hypothetical_gives_no_event(text):
    assert [e for e in _events(text, "2024-10-28") if not e.planned] == []


def test_agreement_signing_with_count_and_subject():
    events = _events("Kazakhstan and Uzbekistan signed 13 agreements on water sharing on Thursday.", "2024-08-23")
    (signing,) = [e for e in events if e.type == "AgreementSigning"]
    assert signing.countries == ("KAZ", "UZB") and signing.agreement_count == 13
    assert signing.agreement_subject == "water sharing" and signing.date.value == "2024-08-22"


def test_words_for_counts():
    events = _events("Belarus and Myanmar signed around three dozen documents during the visit.")
    (signing,) = [e for e in events if e.type == "AgreementSigning"]
    assert signing.agreement_count == 36


def test_accession_of_each_country_in_a_list():
    events = _events("India and Pakistan became full members of the Shanghai Cooperation Organisation in June 2017.")
    assert _summary(events) == [("Accession", ("IND",), "2017-06", False), ("Accession", ("PAK",), "2017-06", False)]
    assert {e.organization for e in events} == {"SCO"}


def test_application_to_join_is_only_a_plan():
    accessions = [e for e in _events("Sweden applied to join NATO in May 2022.") if e.type == "Accession"]
    assert accessions and all(e.planned for e in accessions)


def test_sanctions_by_an_organisation_and_by_countries():
    events = _events("The European Union on Monday adopted a new package of sanctions against Russia over "
                     "its war in Ukraine.", "2024-06-25")
    assert [(e.imposers, e.targets, e.organization) for e in events] == [(("EU",), ("RUS",), "EU")]
    events = _events("Belarus faces sanctions from the United States, Britain and Canada due to its support for Russia.")
    assert sorted((e.imposers, e.targets) for e in events) == [
        (("CAN",), ("BLR",)), (("GBR",), ("BLR",)), (("USA",), ("BLR",))]


def test_summit_with_organisation_host_and_sideline_meeting():
    events = _events("In Kazakhstan's capital Aleksandr Lukashenko took part in a session of the council of heads "
                     "of state of the Shanghai Cooperation Organization. On the sidelines of the summit the president "
                     "held negotiations with the China president and the prime minister of Pakistan.")
    summits = [e for e in events if e.type == "Summit"]
    assert len(summits) == 1 and summits[0].organization == "SCO"
    assert set(summits[0].countries) == {"BLR", "KAZ", "CHN", "PAK"}
    meetings = sorted(e.countries for e in events if e.type == "Meeting")
    assert meetings == [("BLR", "CHN"), ("BLR", "PAK")]


def test_earlier_dated_event_is_its_own_event():
    events = _events("Belarusian President Alexander Lukashenko visited Beijing on December 4, 2023. "
                     "From February 28 to March 2 of this year, Lukashenko visited China.", "2023-12-05")
    visits = sorted((e.date.value, e.end_date.value if e.end_date else None) for e in events if e.type == "Visit")
    assert visits == [("2023-02-28", "2023-03-02"), ("2023-12-04", None)]


def test_the_two_leaders_resolve_to_the_story_pair():
    events = _events("Saudi Crown Prince Mohammed bin Salman arrived in Cairo on Tuesday on a short visit to Egypt. "
                     "The two leaders then held talks on the war in Gaza and the escalation in Lebanon.", "2024-10-16")
    assert ("Meeting", ("EGY", "SAU"), "2024-10-15", False) in _summary(events)


def test_dateline_gives_the_reference_date():
    events = _events("BRUSSELS, June 24, 2024 (Wire) - EU foreign ministers on Monday imposed sanctions on Belarus.")
    assert [(e.type, e.date.value) for e in events] == [("Sanction", "2024-06-24")]


def test_offsets_point_at_the_evidence_sentence():
    text = "Headline here\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on 2 May 2024."
    (event,) = [e for e in _events(text) if e.type == "Meeting"]
    (evidence,) = event.evidence
    assert text[evidence.start:evidence.end] == evidence.quote and evidence.quote.startswith("French President")


@pytest.mark.parametrize("name, iso3", [("Türkiye", "TUR"), ("Turkey", "TUR"), ("Burma", "MMR"),
                                        ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("the U.S.", "USA"),
                                        ("Britain", "GBR"), ("the Emirates", None)])
def test_country_names(gaz, name, iso3):
    hits = [m for m in gaz.find(f"Officials from {name} arrived.") if m.kind == "country"]
    assert (hits[0].key if hits else None) == iso3


@pytest.mark.parametrize("word, iso3", [("Belarusian", "BLR"), ("Chinese", "CHN"), ("Omani", "OMN"), ("Emirati", "ARE")])
def test_demonyms(gaz, word, iso3):
    assert gaz.country_by_name(word) == iso3


def test_office_holder_by_date(gaz):
    assert gaz.holder("CHN", "head_of_government", dt.date(2015, 1, 1)).name == "Li Keqiang"
    assert gaz.holder("CHN", "head_of_government", dt.date(2024, 1, 1)).name == "Li Qiang"
    assert gaz.holder("BLR", "foreign_minister", dt.date(2023, 1, 1)).name == "Sergei Aleinik"
    assert gaz.holder("CAN", "head_of_state", dt.date(2024, 1, 1)).name == gaz.holder("GBR", "head_of_state", dt.date(2024, 1, 1)).name


def test_persons_from_titles_and_variants():
    doc = Document("Belarusian Foreign Minister Maxim Ryzhenkov met Premier Nyo Saw. Aleksandr Lukashenko "
                   "thanked the Sultan of Oman Haitham bin Tarek Al Said. Later Alexander Lukashenko left.",
                   "t.txt", "t.txt", published=dt.date(2025, 12, 1))
    persons = extract_document(doc).mentions.persons
    assert persons["Maxim Ryzhenkov"].country == "BLR" and persons["Maxim Ryzhenkov"].role == "foreign_minister"
    lukashenko = [p for p in persons.values() if p.country == "BLR" and p.role == "head_of_state"]
    assert len(lukashenko) == 1 and lukashenko[0].name == "Alexander Lukashenko"
    sultan = [p for p in persons.values() if p.country == "OMN"]
    assert len(sultan) == 1 and sultan[0].role == "head_of_state"


def test_organisation_members_by_date(gaz):
    assert "BLR" in gaz.members("SCO", dt.date(2024, 8, 1))
    assert "BLR" not in gaz.members("SCO", dt.date(2024, 6, 1))
    assert "GBR" not in gaz.members("EU", dt.date(2021, 1, 1))


def test_visiting_leader_is_a_visit():
    events = _events("Chinese President Xi Jinping met visiting Belarusian President Alexander Lukashenko "
                     "in Beijing on 4 December 2023.")
    assert ("Visit", ("BLR", "CHN"), "2023-12-04", False) in _summary(events)
    (visit,) = [e for e in events if e.type == "Visit"]
    assert (visit.guest, visit.host) == ("BLR", "CHN")


def test_joint_statement_and_phone_congratulations():
    assert _summary(_events("Belarus and China signed a joint statement on 4 December 2023.")) == [
        ("AgreementSigning", ("BLR", "CHN"), "2023-12-04", False)]
    assert _summary(_events("Vladimir Putin congratulated Kassym-Jomart Tokayev by phone on 4 December 2023.")) == [
        ("Meeting", ("KAZ", "RUS"), "2023-12-04", False)]


def test_pronoun_follows_the_previous_subject():
    events = _events("Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Bishkek "
                     "on 27 November 2025. He will then make an official visit to Algeria.")
    (visit,) = [e for e in events if e.type == "Visit"]
    assert (visit.guest, visit.host, visit.planned) == ("BLR", "DZA", True)


def test_an_office_description_names_its_holder_at_the_article_date():
    doc = Document("The Chinese President welcomed the guests. The Kazakh leader spoke next.", "t.txt", "t.txt",
                   published=dt.date(2012, 5, 1))
    persons = extract_document(doc).mentions.persons
    assert "Hu Jintao" in persons and persons["Hu Jintao"].country == "CHN"
    assert "Nursultan Nazarbayev" in persons


@pytest.mark.parametrize("name, kinds", [
    ("triggers.csv", {"Visit", "Meeting", "Summit", "AgreementSigning", "Accession", "Sanction"}),
    ("modality.csv", {"planned", "negated", "hypothetical", "vague"})])
def test_word_lists_are_well_formed(name, kinds):
    """Every row has exactly two fields (patterns with commas must be quoted) and compiles."""
    import csv
    import re

    from kg.extract.gazetteer import data_path

    with data_path(name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert rows and all(len(row) == 2 for row in rows), [row for row in rows if len(row) != 2]
    assert {row[0] for row in rows} == kinds
    for _, pattern in rows:
        re.compile(pattern, re.I)


@pytest.mark.parametrize("text, name, country, role", [
    ("Serbian Minister of Mining and Energy Dubravka Đedović Handanović signed the deal.",
     "Dubravka Đedović Handanović", "SRB", "minister"),
    ("He met Minister of Foreign Affairs and International Trade of Zimbabwe Amon Murwira.",
     "Amon Murwira", "ZWE", "foreign_minister"),
    ("Talks with the President of the Islamic Republic of Iran, Dr. Masoud Pezeshkian, followed.",
     "Masoud Pezeshkian", "IRN", "head_of_state"),
    ("Papua New Guinea was represented by Justin Tkatchenko, Minister for Foreign Affairs of Papua New Guinea.",
     "Justin Tkatchenko", "PNG", "foreign_minister"),
])
def test_persons_in_official_styles(text, name, country, role):
    persons = extract_document(Document(text, "t.txt", "t.txt", published=dt.date(2025, 1, 10))).mentions.persons
    assert name in persons, sorted(persons)
    assert (persons[name].country, persons[name].role) == (country, role)


def test_meeting_with_the_un_secretary_general():
    events = _events("The day before, Secretary-General António Guterres met with Haiti's Prime Minister Garry "
                     "Conille at UN Headquarters in New York.", "2024-10-18")
    assert [(e.type, e.countries, e.organization, e.date.value) for e in events] == [
        ("Meeting", ("HTI",), "UN", "2024-10-17")]


def test_sideline_talks_at_a_gathering_named_after_its_organisation():
    events = _events("Ghanaian President John Mahama and Namibian President Netumbo Nandi-Ndaitwah first "
                     "held talks in July on the sidelines of the African Union's Mid-Year Coordination "
                     "Meeting in Malabo, where they agreed on a state visit.", "2025-10-15")
    summit = next(e for e in events if e.type == "Summit")
    assert (summit.organization, summit.city, summit.date.value) == ("AU", "Malabo", "2025-07")
    assert "GNQ" in summit.countries  # the venue's country


def test_the_month_may_is_not_a_modal_verb():
    events = _events("Turkish Foreign Minister Hakan Fidan met Somali Foreign Minister Ahmed Moalim Fiqi "
                     "in May on the sidelines of the summit of the Organization of Islamic Cooperation in "
                     "Banjul, Gambia.", "2024-08-14")
    assert ("Meeting", ("SOM", "TUR"), "2024-05", False) in _summary(events)  # Gambia is the place
    (summit,) = [e for e in events if e.type == "Summit"]
    assert summit.organization == "OIC" and summit.countries == ("GMB", "SOM", "TUR")
    assert summit.date.value == "2024-05"


def test_a_date_inside_a_since_clause_dates_that_clause_only():
    events = _events("MONTEVIDEO - Leaders of the Mercosur trade bloc wrapped up their summit in the "
                     "Uruguayan capital on Friday. Bolivian President Luis Arce also attended, the first "
                     "summit since his country became a full member of the bloc in July.", "2024-12-07")
    summits = [e for e in events if e.type == "Summit"]
    assert [(s.organization, s.date.value) for s in summits] == [("MERCOSUR", "2024-12-06")]
    assert "BOL" in summits[0].countries
    assert ("Accession", ("BOL",), "2024-07", False) in _summary(events)


def test_every_country_of_a_joining_list_and_an_implicit_organisation():
    events = _events("JOHANNESBURG, Jan 2, 2024 - Egypt, Ethiopia, Iran and the United Arab Emirates formally "
                     "became members of BRICS on Monday. Argentina declined. They are the first new members "
                     "since Liberia and Afghanistan joined in July 2016.")
    joined = sorted((e.countries[0], e.organization, e.date.value) for e in events if e.type == "Accession")
    assert joined == [("AFG", "BRICS", "2016-07"), ("ARE", "BRICS", "2024-01-01"), ("EGY", "BRICS", "2024-01-01"),
                      ("ETH", "BRICS", "2024-01-01"), ("IRN", "BRICS", "2024-01-01"), ("LBR", "BRICS", "2016-07")]


def test_the_king_is_the_monarch_of_his_own_realm():
    events = _events("The King, 75, arrived in Apia on Wednesday for a state visit to Samoa. Rwandan President "
                     "Paul Kagame hosted the last meeting. King Charles III addressed the leaders on Friday.",
                     "2024-10-27")
    (visit,) = [e for e in events if e.type == "Visit"]
    assert (visit.guest, visit.host) == ("GBR", "WSM")


def test_a_title_alone_from_the_titles_file():
    events = _events("Bangladesh's Chief Adviser Muhammad Yunus met Indian Prime Minister Narendra Modi in "
                     "Bangkok on Friday. The Chief Adviser, who returned from a four-day visit to China that "
                     "began on March 26, has sought closer ties with Beijing.", "2025-04-05")
    assert ("Visit", ("BGD", "CHN"), "2025-03-26", False) in _summary(events)


def test_a_summit_story_names_its_participants_throughout():
    events = _events("TEGUCIGALPA, April 10, 2025 - Latin American and Caribbean leaders meeting in the Honduran "
                     "capital on Wednesday rejected unilateral tariffs. The ninth summit of the Community of "
                     "Latin American and Caribbean States (CELAC) was hosted by Honduran President Xiomara "
                     "Castro. Uruguay's Yamandu Orsi also addressed the plenary. The previous CELAC summit, in "
                     "Kingstown, Saint Vincent and the Grenadines, in March 2024, was hosted by Prime Minister "
                     "Ralph Gonsalves.")
    summits = [(e.organization, e.countries, e.date.value) for e in events if e.type == "Summit"]
    assert ("CELAC", ("HND", "URY"), "2025-04-09") in summits  # dated by the lead, not by the earlier summit
    assert not any(date == "2024-03" and "HND" in countries for _, countries, date in summits)


def test_leaders_meeting_without_a_name_is_no_summit():
    events = _events("Leaders meeting in Paris on Monday discussed trade with Chinese President Xi Jinping "
                     "and French President Emmanuel Macron.", "2024-05-08")
    assert not [e for e in events if e.type == "Summit"]


def test_heads_of_organisations_act_for_their_organisation(gaz):
    costa = gaz.persons["António Costa"]
    assert costa.organization_on(dt.date(2025, 4, 3)) == "EU"  # European Council President
    assert costa.organization_on(dt.date(2023, 4, 3)) is None  # then Portugal's prime minister
    events = _events("European Commission President Ursula von der Leyen met Kazakh President Kassym-Jomart "
                     "Tokayev in Samarkand on Friday morning. UN Secretary-General Antonio Guterres, who "
                     "travelled to Tonga after a visit to Samoa, told leaders that the seas were rising.",
                     "2025-04-05")
    assert [(e.type, e.countries, e.organization) for e in events] == [("Meeting", ("KAZ",), "EU")]


def test_an_official_of_an_unknown_organisation_is_a_data_error(data_copy):
    from kg.errors import DataError
    from kg.extract.gazetteer import Gazetteer

    folder = data_copy
    with (folder / "org_officials.csv").open("a", encoding="utf-8") as handle:
        handle.write("XYZ,secretary_general,Jane Doe,,Secretary-General,2020-01-01,,\n")
    with pytest.raises(DataError, match=r"org_officials.csv:\d+: unknown organisation 'XYZ'"):
        Gazetteer(folder)


def test_the_imposer_named_as_subject_is_not_a_target_later_in_the_sentence():
    events = _events("WASHINGTON, March 13, 2025 (Capitol Wire) - The United States on Thursday imposed sanctions "
                     "on Iran's oil minister and a dozen tankers, in the third round of measures since President "
                     "Donald Trump restored his campaign against Tehran.")
    assert ("Sanction", ("IRN", "USA"), "2025-03-13", False) in _summary(events)


def test_undated_facts_take_the_lead_date_not_the_datelines():
    events = _events("TEGUCIGALPA, April 10, 2025 - Brazilian President Luiz Inacio Lula da Silva held talks with "
                     "Honduran President Xiomara Castro on Wednesday. Lula also met Mexican President Claudia "
                     "Sheinbaum.")
    assert ("Meeting", ("BRA", "MEX"), "2025-04-09", False) in _summary(events)


@pytest.mark.parametrize("text", [
    "On Sept. 15, the White House declared that Colombia had failed to meet its counter-narcotics obligations.",
    "The Armenian parliament passed a law declaring the start of the process of the country's accession to the EU.",
    "The visit comes five months after Britain agreed to transfer sovereignty over the Chagos Islands to Mauritius.",
])
def test_no_event_in(text):
    assert _events(text, "2025-09-20") == []


def test_an_airport_welcome_is_the_arrival_not_talks():
    events = _events("Indian Prime Minister Narendra Modi landed at Bandaranaike International Airport outside "
                     "Colombo on Friday, where he was received by Sri Lankan Foreign Minister Vijitha Herath.",
                     "2025-04-05")
    assert _summary(events) == [("Visit", ("IND", "LKA"), "2025-04-04", False)]


def test_a_state_visit_without_destination_is_hosted_where_the_dateline_is():
    events = _events("RABAT, Oct 29, 2024 (Agency) - French President Emmanuel Macron and King Mohammed VI of "
                     "Morocco signed a declaration on Monday, at the start of a three-day state visit.")
    (visit,) = [e for e in events if e.type == "Visit"]
    assert (visit.guest, visit.host, visit.city, visit.date.value) == ("FRA", "MAR", "Rabat", "2024-10-28")


def test_a_planned_leg_of_a_trip_is_not_the_visit_made():
    events = _events("Following the state visit to Chile, Vietnamese President Luong Cuong will attend the APEC "
                     "meeting in Lima and pay an official visit to Peru.", "2024-11-13")
    assert [(e.guest, e.host) for e in events if e.type == "Visit" and not e.planned] == [("VNM", "CHL")]


def test_signing_parties_are_the_signers_not_every_country_named():
    events = _events("Uzbekistan and the European Union signed a memorandum on critical raw materials on "
                     "Thursday, days after Kazakhstan announced a similar plan.", "2025-04-05")
    (signing,) = [e for e in events if e.type == "AgreementSigning"]
    assert (signing.countries, signing.organization) == (("UZB",), "EU")
    events = _events("US President Donald Trump hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani "
                     "President Ilham Aliyev at the White House on Friday for a historic peace summit between "
                     "Armenia and Azerbaijan. The three leaders signed a joint declaration.", "2025-08-09")
    assert [(e.type, e.countries) for e in events] == [("Meeting", ("ARM", "AZE", "USA")),
                                                       ("AgreementSigning", ("ARM", "AZE", "USA"))]


def test_heads_of_state_meeting_in_a_city_impose_as_their_organisation():
    (sanction,) = _events("On July 30, ECOWAS heads of state meeting in Abuja imposed sanctions on Niger.", "2023-08-02")
    assert (sanction.type, sanction.imposers, sanction.targets, sanction.date.value) == (
        "Sanction", ("ECOWAS",), ("NER",), "2023-07-30")


def test_an_arrival_with_no_place_is_hosted_by_who_receives():
    events = _events("Rubio landed at Tocumen International Airport late on Saturday and was received by "
                     "Panamanian Foreign Minister Javier Martinez-Acha.", "2025-02-03")
    (visit,) = [e for e in events if e.type == "Visit"]
    assert (visit.guest, visit.host) == ("USA", "PAN")


@pytest.mark.parametrize("text, expected", [
    ("The Comoros joined as the 165th member on Aug. 21.", [("Accession", ("COM",), "2024-08-21", False)]),
    ("Both presidents are expected in Addis Ababa this weekend for the African Union summit.", []),
])
def test_members_and_expectations(text, expected):
    doc = "GENEVA, Aug 30, 2024 - Timor-Leste became the 166th member of the World Trade Organization. " + text
    assert [s for s in _summary(_events(doc)) if s[1] != ("TLS",)] == expected


@pytest.mark.parametrize("text, expected", [
    ("BEIJING, June 12 (Xinhua) -- Chinese President Xi Jinping held talks with Honduran President Xiomara "
     "Castro at the Great Hall of the People in Beijing on Monday.", ("Meeting", ("CHN", "HND"), "2023-06-12", False)),
    ("Havana, Jan 24 (Prensa Latina) The President of Cuba, Miguel Diaz-Canel, received this Thursday the Prime "
     "Minister of Saint Kitts and Nevis, Terrance Drew.", ("Meeting", ("CUB", "KNA"), "2025-01-23", False)),
    ("UNITED NATIONS, June 30 (Wire) - The U.N. Security Council on Monday renewed the arms embargo on South Sudan. "
     "The resolution extends the measures until July 1, 2026, and renews until August 1, 2026 the mandate of the "
     "panel of experts.", ("Sanction", ("SSD",), "2025-06-30", False)),
    ("JOHANNESBURG, Nov 23 (Wire) - South African President Cyril Ramaphosa held talks with Indian Prime Minister "
     "Narendra Modi on Saturday. Japanese Prime Minister Sanae Takaichi also attended; the United States takes "
     "over the G20 presidency in 2026.",
     ("Meeting", ("IND", "ZAF"), "2025-11-22", False)),
    ("OSAKA, June 29 (Wire) - U.S. President Donald Trump and Chinese President Xi Jinping met on Saturday at the "
     "summit hosted by Japanese Prime Minister Shinzo Abe. Asked about the 2020 U.S. election, Trump smiled.",
     ("Meeting", ("CHN", "USA"), "2019-06-29", False)),
    ("New Delhi, June 1 (NNS) - Prime Minister Pushpa Kamal Dahal held talks with Prime Minister of India Narendra "
     "Modi today. Foreign Minister Narayan Prakash Saud was present. Modi had held talks in Lumbini in May 2022 with "
     "the then Prime Minister Sher Bahadur Deuba.", ("Meeting", ("IND", "NPL"), "2023-06-01", False)),
    ("NEW DELHI, May 3 (Wire) - India has banned all imports from Pakistan on national security grounds.\n\n"
     "In a notification issued late on Friday, the commerce ministry prohibited imports. Indian Prime Minister Narendra "
     "Modi held talks with US Secretary of State Marco Rubio in New Delhi.",
     ("Meeting", ("IND", "USA"), "2025-05-03", False)),
    ("SANTIAGO, Aug 6 (Wire) - Brazilian President Luiz Inacio Lula da Silva and Chilean President Gabriel Boric held "
     "talks on Tuesday. Lula invited Boric to pay a state visit to Brazil in 2025.",
     ("Meeting", ("BRA", "CHL"), "2024-08-06", False)),
])
def test_a_dateline_without_a_year_is_dated_by_the_weekday_and_the_leaders_in_office(text, expected):
    assert expected in _summary(_events(text))


def test_liveblog_entries_are_of_the_pages_day():
    events = _events("**19:40** - Trump tells reporters he will not meet Xi at the APEC summit on Thursday.\n\n"
                     "**13:30** - Trump and Malaysian Prime Minister Anwar Ibrahim have signed a trade agreement.",
                     "2025-10-26")
    assert ("AgreementSigning", ("MYS", "USA"), "2025-10-26", False) in _summary(events)


def test_congo_is_the_dr_congo_when_the_story_speaks_of_it():
    events = _events("Rwandan President Paul Kagame and DR Congo President Felix Tshisekedi met in Doha on "
                     "Tuesday to discuss the war in eastern Congo.", "2025-03-19")
    assert _summary(events) == [("Meeting", ("COD", "RWA"), "2025-03-18", False)]


def test_calls_for_sanctions_are_not_sanctions_and_founding_dates_date_no_meeting():
    events = _events("Algerian Foreign Minister Ahmed Attaf renewed on Friday Algeria's call for sanctions "
                     "against Israel. During the meeting, Cuban President Miguel Diaz-Canel and Prime Minister "
                     "Terrance Drew of Saint Kitts and Nevis praised relations, established in 1994.", "2025-01-24")
    # not 1994: the story's own day, as it dates none of its facts
    assert [s for s in _summary(events) if not s[3]] == [("Meeting", ("CUB", "KNA"), "2025-01-24", False)]


def test_a_fact_beside_a_plan_keeps_its_past_date():
    events = _events("Yunus, who returned from a four-day visit to China that began on March 26, is expected "
                     "to meet Indian Prime Minister Narendra Modi next week.", "2025-04-04")
    assert ("Visit", ("BGD", "CHN"), "2025-03-26", False) in [
        (e.type, (e.guest, e.host), e.date.value if e.date else None, e.planned) for e in events]


def test_a_second_trigger_in_a_later_clause_is_its_own_event():
    events = _events("Kenyan President William Ruto met Japanese Prime Minister Shigeru Ishiba on Wednesday. The "
                     "President recalled his State Visit to Japan in February 2024, as well as the visit to Nairobi "
                     "by then Prime Minister Fumio Kishida in May 2023.", "2025-08-22")
    visits = sorted((e.guest, e.host, e.date.value) for e in events if e.type == "Visit")
    assert visits == [("JPN", "KEN", "2023-05"), ("KEN", "JPN", "2024-02")]


def test_attending_an_inauguration_abroad_is_a_visit():
    events = _events("Ghanaian President John Mahama was among the heads of state who attended Dr "
                     "Nandi-Ndaitwah's inauguration in Windhoek on March 21.", "2025-07-20")
    assert [(e.type, e.guest, e.host, e.date.value) for e in events] == [("Visit", "GHA", "NAM", "2025-03-21")]


@pytest.mark.parametrize("text, countries, org", [
    ("Timor-Leste became the 166th member of the World Trade Organization. Timor-Leste's Prime Minister Xanana "
     "Gusmao signed his country's protocol of accession in Abu Dhabi on February 26.", ("TLS",), "WTO"),
    ("Panama signed the Belt and Road memorandum in November 2017, during a state visit to Beijing, after it "
     "switched recognition from Taiwan.", ("CHN", "PAN"), None),
    ("Following the meeting, Japanese Prime Minister Shigeru Ishiba and Palau's President Surangel Whipps "
     "witnessed the signing of the Exchange of Notes on grant aid.", ("JPN", "PLW"), None),
])
def test_signing_parties(text, countries, org):
    (signing,) = [e for e in _events(text, "2025-07-15") if e.type == "AgreementSigning"]
    assert (signing.countries, signing.organization) == (countries, org)


@pytest.mark.parametrize("text, imposer, target", [
    ("President Donald Trump reinstated Cuba on the list of state sponsors of terrorism on January 20.", "USA", "CUB"),
    ("Canada on Monday suspended the issuance of new export permits for controlled goods to Rwanda.", "CAN", "RWA"),
    ("Lithuania on Monday added the founder of the ruling Georgian Dream party to its sanctions list.", "LTU", "GEO"),
    ("The Treasury Department imposed sanctions on a Chinese \"teapot\" refinery on Thursday.", "USA", "CHN"),
    ("For the first time, the EU also listed two Chinese oil refineries and a trading company.", "EU", "CHN"),
    ("Canada is also imposing sanctions on three Iranian drone manufacturers and one Iranian official who supplied "
     "drones used by Russia.", "CAN", "IRN"),
    ("Beijing retaliated by sanctioning five American defence contractors.", "CHN", "USA"),
    ("China sanctioned five American defence contractors on Thursday.", "CHN", "USA"),
    ("The EU slaps sanctions on Russian LNG for the first time.", "EU", "RUS"),
    ("The Biden administration slapped new export controls on Chinese chipmakers.", "USA", "CHN"),
    ("South Korea imposed unilateral sanctions on North Korean hackers.", "KOR", "PRK"),
    ("China retaliated with sanctions on U.S. lawmakers.", "CHN", "USA"),
    ("Washington last imposed major sanctions on Russia on January 10.", "USA", "RUS"),
])
def test_sanctions_in_other_words(text, imposer, target):
    events = _events(text, "2025-03-14")
    assert [(e.type, e.imposers, e.targets) for e in events] == [("Sanction", (imposer,), (target,))]


def test_who_skipped_a_summit_took_no_part_and_who_met_at_it_did():
    events = _events("Tshisekedi had skipped a joint summit of East African and Southern African leaders in Dar es "
                     "Salaam on Feb. 8, which Kagame attended in person.", "2025-03-18")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert summit.countries == ("RWA", "TZA")
    events = _events("Slovenian President Natasa Pirc Musar and North Macedonian President Gordana Siljanovska "
                     "Davkova last met in September in Tirana, at the annual summit of the Brdo-Brijuni Process.",
                     "2025-05-21")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert (summit.countries, summit.date.value) == (("ALB", "MKD", "SVN"), "2024-09")


def test_an_official_without_nationality_belongs_to_the_story_and_a_foreign_secretary_may_not_be_the_minister():
    doc = Document("The United States on Friday imposed sanctions on Colombian President Gustavo Petro. The United "
                   "States said the move followed a review. 'Enough,' Treasury Secretary Scott Bessent said. Indian "
                   "Foreign Secretary Vikram Misri briefed reporters in New Delhi.", "t.txt", "t.txt",
                   published=dt.date(2025, 10, 25))
    persons = extract_document(doc).mentions.persons
    assert persons["Scott Bessent"].country == "USA"
    assert (persons["Vikram Misri"].country, persons["Vikram Misri"].role) == ("IND", "other")


def test_titles_are_unique_whatever_their_case():
    """Two rows that differ only in case make the title ambiguous, and it would never match."""
    import csv

    from kg.extract.gazetteer import data_path

    with data_path("titles.csv").open(encoding="utf-8", newline="") as handle:
        titles = [row["title"].lower() for row in csv.DictReader(handle)]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("text, name, country, role", [
    ("Bogota recalled its ambassador in Washington, Daniel Garcia-Pena, for consultations.", "Daniel Garcia-Pena", "COL", "other"),
    ("The letter was delivered by Dr Anwar Gargash, diplomatic adviser to the UAE President.", "Anwar Gargash", "ARE", "other"),
    ("US Assistant Secretary of State for African Affairs Molly Phee visited Niamey.", "Molly Phee", "USA", "other"),
    ("Philippine Defense Secretary Gilberto C. Teodoro Jr. met reporters.", "Gilberto C. Teodoro Jr", "PHL", "minister"),
    ("New Zealand's Winston Peters met Deputy Secretary of State Christopher Landau.", "Christopher Landau", "USA", "other"),
    ("Abdelatty held talks with Tanzania's Minister for Foreign Affairs and East African Cooperation Mahmoud Thabit Kombo.",
     "Mahmoud Thabit Kombo", "TZA", "foreign_minister"),
    ("Senegal's Minister of African Integration and Foreign Affairs Yassine Fall signed the agreement.",
     "Yassine Fall", "SEN", "foreign_minister"),
    ("Bhutan's Foreign Secretary Dasho D.N. Dhungyel signed the MoU.", "D.N. Dhungyel", "BTN", "foreign_minister"),
])
def test_persons_with_initials_honorifics_and_portfolios(text, name, country, role):
    persons = extract_document(Document(text, "t.txt", "t.txt")).mentions.persons
    assert (persons[name].country, persons[name].role) == (country, role)


@pytest.mark.parametrize("text", [
    "Indonesian President Prabowo Subianto joined other BRICS leaders at the summit in Rio de Janeiro.",
    "Kazakhstan joined in condemning the attack, the foreign ministry said.",
    "Qatar joined the talks with the European Union in Brussels.",
])
def test_joining_talks_or_leaders_is_no_accession(text):
    assert not [e for e in _events(text, "2025-07-08") if e.type == "Accession"]


def test_a_conference_of_heads_of_government_and_its_attendance_list():
    events = _events("The Forty-Eighth Regular Meeting of the Conference of Heads of Government of the Caribbean "
                     "Community (CARICOM) concluded today in Bridgetown, Barbados. Heads of Government in attendance "
                     "included the Honourable Gaston Browne, Prime Minister of Antigua and Barbuda; the Honourable "
                     "Philip Davis, Prime Minister of The Bahamas; and the Honourable Dickon Mitchell, Prime Minister "
                     "of Grenada. On the margins of the Meeting, on 20 February, President Ali of Guyana and "
                     "President Santokhi of Suriname held bilateral talks.", "2025-02-21")
    summits = [(e.organization, e.countries) for e in events if e.type == "Summit"]
    assert summits == [("CARICOM", ("ATG", "BHS", "BRB", "GRD", "GUY", "SUR"))]


def test_the_prime_minister_is_the_one_the_story_opened_with():
    events = _events("TIANJIN, Sep 1 (APP): Pakistani Prime Minister Shehbaz Sharif on Monday met President of the "
                     "Maldives Mohamed Muizzu. Indian Prime Minister Narendra Modi and Modi's delegation also "
                     "arrived. On Sunday, the prime minister met President Recep Tayyip Erdogan of Turkiye.")
    assert ("Meeting", ("PAK", "TUR"), "2025-08-31", False) in _summary(events)


def test_the_two_men_are_the_pair_who_just_signed():
    events = _events("PORT VILA, July 9 (Pacific Wire) - New Zealand Foreign Minister Winston Peters and Vanuatu "
                     "Prime Minister Jotham Napat signed a new statement of partnership in Port Vila on Wednesday. "
                     "After the signing, the two men discussed Vanuatu's stalled security agreement with Australia.")
    assert [s for s in _summary(events)] == [("AgreementSigning", ("NZL", "VUT"), "2025-07-09", False),
                                             ("Meeting", ("NZL", "VUT"), "2025-07-09", False)]


def test_a_summit_of_two_leaders_is_their_meeting_and_a_comment_on_it_adds_none():
    events = _events("South Korean President Lee Jae-myung met reporters. On Thursday, Lee also held his second "
                     "summit with new Japanese Prime Minister Sanae Takaichi. The Lee-Takaichi summit came three "
                     "days after Lee hosted U.S. President Donald Trump in Gyeongju.", "2025-11-01")
    assert [(e.type, e.countries) for e in events if not e.planned] == [("Meeting", ("JPN", "KOR")),
                                                                         ("Meeting", ("KOR", "USA"))]


def test_a_regular_session_of_an_organisations_assembly_is_a_summit_in_the_dateline_capital():
    events = _events("ST. JOHN'S, Antigua - The 55th regular session of the General Assembly of the Organization "
                     "of American States, which opened in St. John's on Wednesday, closed today. Prime Minister "
                     "Gaston Browne of Antigua and Barbuda addressed the plenary, and Haiti's Foreign Minister "
                     "Jean-Victor Harvel Jean-Baptiste used his address to the plenary to ask for help.", "2025-06-27")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert (summit.organization, summit.countries) == ("OAS", ("ATG", "HTI"))


def test_title_case_datelines_host_visits_and_stances_on_sanctions_are_no_sanctions():
    events = _events("Havana, Dec 14 (Prensa Latina) Bolivian President Luis Arce, who arrived on Thursday on an "
                     "official visit, held talks with Cuban President Miguel Diaz-Canel on Friday. The summit is "
                     "expected to adopt a declaration rejecting the blockade imposed by the United States on Cuba, "
                     "and the sanctions against Venezuela and Nicaragua.", "2024-12-14")
    facts = [s for s in _summary(events) if not s[3]]
    assert ("Visit", ("BOL", "CUB"), "2024-12-12", False) in facts
    assert not [s for s in facts if s[0] == "Sanction"]


def test_a_demonym_city_is_a_destination():
    events = _events("On March 31, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev travelled "
                     "to the Tajik city of Khujand.", "2025-11-20")
    assert sorted((e.guest, e.host) for e in events if e.type == "Visit") == [("KGZ", "TJK"), ("UZB", "TJK")]


@pytest.mark.parametrize("text, imposer, target", [
    ("On January 15, the US Treasury Department sanctioned Kyrgyzstan's Keremet Bank for helping Russian entities "
     "move money.", "USA", "KGZ"),
    ("The European Union on Monday imposed sanctions on three senior Rwandan military officers, accusing them of "
     "fuelling the war in eastern Democratic Republic of Congo.", "EU", "RWA"),
])
def test_the_target_is_the_object_not_a_country_named_in_the_reasons(text, imposer, target):
    sanctions = [(e.imposers, e.targets) for e in _events(text, "2025-03-18") if e.type == "Sanction"]
    assert sanctions == [((imposer,), (target,))]


def test_days_told_from_the_story_s_last_day():
    events = _events("Honduran President Xiomara Castro hosted the CELAC summit on Wednesday. The evening before, "
                     "Castro had received Mexican President Claudia Sheinbaum. Two days later, Castro met Colombian "
                     "President Gustavo Petro.", "2025-04-11")
    assert ("Meeting", ("HND", "MEX"), "2025-04-08", False) in _summary(events)
    assert ("Meeting", ("COL", "HND"), "2025-04-11", False) in _summary(events)


def test_an_arrival_without_a_place_is_where_the_dateline_is():
    events = _events("ULAANBAATAR, Sept 3, 2024 (Wire) - Russian President Vladimir Putin arrived late on Monday, "
                     "his first trip to a member state of the court since it issued a warrant for his arrest.")
    assert [(e.type, e.guest, e.host) for e in events] == [("Visit", "RUS", "MNG")]


def test_a_named_group_of_countries_takes_part_as_each_of_them():
    events = _events("SAMARKAND, April 4, 2025 - The European Union and the five Central Asian states held their "
                     "first summit on Thursday, hosted by Uzbek President Shavkat Mirziyoyev.")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert summit.countries == ("KAZ", "KGZ", "TJK", "TKM", "UZB")


@pytest.mark.parametrize("text, name, org, meeting", [
    ("Sudanese leader Abdel Fattah Al-Burhan received the Personal Envoy of the UN Secretary-General for Sudan, "
     "Ramtane Lamamra, in Port Sudan.", "Ramtane Lamamra", "UN", ("SDN",)),
    ("OAS Secretary General Albert Ramdin met Paraguay's Foreign Minister Ruben Ramirez Lezcano.", "Albert Ramdin",
     "OAS", ("PRY",)),
])
def test_an_official_of_an_organisation_by_title(text, name, org, meeting):
    extraction = extract_document(Document(text, "t.txt", "t.txt", published=dt.date(2025, 1, 20)))
    person = extraction.mentions.persons[name]
    assert (person.organization, person.country, person.role) == (org, None, "other")
    assert [(e.type, e.countries, e.organization) for e in extraction.events] == [("Meeting", meeting, org)]


def test_the_two_leaders_named_in_the_sentence_are_those_two():
    events = _events("Indonesian President Prabowo Subianto met Egyptian President Abdel Fattah el-Sisi in Cairo on "
                     "Wednesday. President Prabowo also held a bilateral meeting with Chief Adviser Muhammad Yunus, "
                     "during which the two leaders discussed trade.", "2024-12-20")
    assert {s[1] for s in _summary(events) if s[0] == "Meeting"} == {("EGY", "IDN"), ("BGD", "IDN")}


def test_separate_meetings_with_each_then_the_three_together():
    events = _events("Turkish President Recep Tayyip Erdogan first held separate meetings with Somali President "
                     "Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed in Ankara on Wednesday, and the "
                     "three leaders then held a trilateral meeting.", "2024-12-12")
    meetings = {s[1] for s in _summary(events) if s[0] == "Meeting"}
    assert {("SOM", "TUR"), ("ETH", "TUR")} <= meetings


@pytest.mark.parametrize("text", [
    "The Washington agreement is meant to be crowned by a summit of the two presidents.",
    "A summit between Tshisekedi and Kagame that Angolan President Joao Lourenco was to host in Luanda collapsed.",
    "The leaders of Australia, Japan and the United States welcomed India's offer to host the Quad Leaders' Summit in 2025.",
    "Kenya, Uganda and Tanzania were chosen to host the next summit of the African Union in 2027.",
])
def test_plans_that_were_meant_to_be(text):
    assert [s for s in _summary(_events(text, "2025-06-28")) if not s[3]] == []


def test_a_person_described_as_another_s_adviser_is_of_that_country():
    persons = extract_document(Document(
        "US President Donald Trump thanked him. Massad Boulos, Trump's senior adviser for Africa, visited Kinshasa "
        "in April.", "t.txt", "t.txt", published=dt.date(2025, 6, 28))).mentions.persons
    assert persons["Massad Boulos"].country == "USA"


def test_every_data_file_has_whole_rows():
    """A comma left unquoted in a name or pattern shifts the row: every row has the header's fields."""
    import csv

    from kg.extract.gazetteer import data_path

    for path in sorted(data_path().rglob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        bad = [i + 1 for i, row in enumerate(rows) if len(row) != len(rows[0])]
        assert not bad, f"{path.name}: rows {bad[:5]}"


def test_a_foreign_office_is_not_always_britain_s():
    events = _events("Pakistan's Foreign Secretary Amna Baloch visited Dhaka on April 17 for Foreign Office "
                     "Consultations with her Bangladeshi counterpart.", "2025-04-20")
    assert [e.countries for e in events if e.type == "Visit"] == [("PAK", "BGD")]


def test_offices_are_resolved_on_the_datelines_day():
    doc = Document("TALLINN, July 5, 2024 - Estonian Prime Minister Kaja Kallas met Finnish President Alexander "
                   "Stubb on Friday.", "t.txt", "t.txt")
    kallas = extract_document(doc).mentions.persons["Kaja Kallas"]
    assert (kallas.country, kallas.role, kallas.organization) == ("EST", "head_of_government", None)


def test_a_summit_story_with_its_attendance_list_and_an_un_chief_who_spoke():
    events = _events("BEIJING, Sept. 5 (Xinhua) -- Chinese President Xi Jinping on Thursday delivered a keynote "
                     "speech at the opening ceremony of the 2024 Summit of the Forum on China-Africa Cooperation "
                     "(FOCAC) in Beijing. Senegalese President Bassirou Diomaye Faye and United Nations "
                     "Secretary-General Antonio Guterres also addressed the opening ceremony. Among them are South "
                     "African President Cyril Ramaphosa and Kenyan President William Ruto. The summit will conclude "
                     "on Friday.")
    summits = [(e.organization, e.countries, e.planned) for e in events if e.type == "Summit"]
    assert ("FOCAC", ("CHN", "KEN", "SEN", "ZAF"), False) in summits


def test_a_story_s_target_is_not_a_country_whose_sanctions_were_eased():
    events = _events("BRUSSELS, Feb 24, 2025 (Wire) - European Union foreign ministers adopted a 16th package of "
                     "sanctions against Russia on Monday. They also eased sanctions on Syria. Britain announced its "
                     "own package on Monday, sanctioning 107 individuals and entities. The United States imposed "
                     "sanctions on Brazilian Supreme Court Justice Alexandre de Moraes.")
    sanctions = {(e.imposers, e.targets) for e in events if e.type == "Sanction"}
    assert (("GBR",), ("RUS",)) in sanctions and (("USA",), ("BRA",)) in sanctions
    assert not any("SYR" in targets for _, targets in sanctions)


def test_a_country_without_whose_participation_a_summit_was_held_took_no_part():
    events = _events("MINSK, Nov 23, 2023 - A session of the Collective Security Council of the Collective Security "
                     "Treaty Organization (CSTO) was held in Minsk on Thursday without the participation of Armenia, "
                     "whose Prime Minister Nikol Pashinyan had declined to travel to the Belarusian capital. The talks "
                     "were attended by Belarusian President Alexander Lukashenko and Russian President Vladimir Putin.")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert summit.countries == ("BLR", "RUS")


def test_no_bilateral_meeting_is_no_meeting():
    events = _events("Indian External Affairs Minister S. Jaishankar and Pakistani Foreign Minister Ishaq Dar "
                     "were in Tianjin on Tuesday. There was no bilateral meeting between Jaishankar and Dar, "
                     "officials said.", "2025-07-16")
    assert not [e for e in events if e.type == "Meeting" and e.countries == ("IND", "PAK") and not e.planned]


def test_the_countries_of_a_tour_are_places_not_parties_to_talks():
    events = _events("Indian Prime Minister Narendra Modi, who is on a three-nation tour of Cyprus, Canada and "
                     "Croatia, held talks with Cypriot President Nikos Christodoulides in Nicosia on Sunday.",
                     "2025-06-17")
    assert [e.countries for e in events if e.type == "Meeting"] == [("CYP", "IND")]


@pytest.mark.parametrize("text, expected", [
    ("Indonesia attended its first BRICS summit as a full member in Rio de Janeiro on Sunday.", []),
    ("For Lukashenko, full membership of the SCO is a diplomatic lifeline.", []),
    ("Bolivia, a full member of Mercosur since July 2024, was represented by President Luis Arce.",
     [("Accession", ("BOL",), "2024-07", False)]),
])
def test_being_a_full_member_is_not_becoming_one(text, expected):
    assert [s for s in _summary(_events(text, "2025-07-07")) if s[0] == "Accession"] == expected


@pytest.mark.parametrize("file, row", [
    ("org_officials.csv", "UN,secretary_general,Jane Doe,,Secretary-General,next year,,\n"),
    ("office_holders/world.csv", "FRA,head_of_state,Jean Dupont,,President,2020-13-45,,,\n"),
])
def test_a_bad_term_date_is_a_data_error_naming_file_and_line(data_copy, file, row):
    from kg.errors import DataError
    from kg.extract.gazetteer import Gazetteer

    folder = data_copy
    with (folder / file).open("a", encoding="utf-8") as handle:
        handle.write(row)
    with pytest.raises(DataError, match=rf"{file.split('/')[-1]}:\d+: dates must be YYYY, YYYY-MM or YYYY-MM-DD"):
        Gazetteer(folder)


def test_the_president_of_the_republic_is_the_storys_own_president():
    events = _events(
        "DAKAR - The President of the Republic, Mr. Bassirou Diomaye Faye, held talks on Friday with the President of "
        "the Republic of Ghana, Mr. John Dramani Mahama. The President of the Republic had arrived in Accra on "
        "Wednesday evening for a two-day working visit to Ghana at the invitation of his Ghanaian counterpart. "
        "Ghana and Senegal agreed to revive the Ghana-Senegal joint commission; Ghanaian ministers will travel to "
        "Ghana's northern border next month.",
        "2025-05-09")
    visits = [e for e in events if e.type == "Visit"]
    assert [(v.guest, v.host, v.date.value) for v in visits] == [("SEN", "GHA", "2025-05-07")]


def test_a_signing_after_the_talks_takes_the_talks_day():
    events = _events(
        "Kenyan President William Ruto arrived in Kigali on Monday for a three-day state visit to Rwanda.\n\n"
        "On Tuesday, Ruto held talks with President Paul Kagame at Urugwiro Village.\n\n"
        "Following the talks, the two leaders witnessed the signing of five agreements on trade, energy and transport.",
        "2025-03-13")
    (signing,) = [e for e in events if e.type == "AgreementSigning"]
    assert signing.date.value == "2025-03-11"


def test_history_with_no_time_of_its_own_gives_no_event():
    events = _events("Chile and Peru have signed dozens of cooperation agreements over the years, most of them on "
                     "trade and fisheries.", "2025-03-13")
    assert events == []


def test_a_summit_named_after_two_countries_is_their_meeting():
    events = _events("On Wednesday, Prime Minister Pedro Sánchez and President Emmanuel Macron co-chaired the 27th "
                     "Spain-France intergovernmental summit in Barcelona.", "2025-01-16")
    assert _summary(events) == [("Meeting", ("ESP", "FRA"), "2025-01-15", False)]


def test_arrival_in_the_country_is_a_visit_to_the_dateline_country():
    events = _events("KUWAIT, June 3 (KUNA) -- His Highness the Amir received on Tuesday Kazakh Foreign Minister "
                     "Murat Nurtleu. Nurtleu arrived in the country on Monday on an official visit, during which he held "
                     "talks with Foreign Minister Abdullah Ali Al-Yahya.", "2025-06-03")
    (visit,) = [e for e in events if e.type == "Visit"]
    assert (visit.guest, visit.host, visit.date.value) == ("KAZ", "KWT", "2025-06-02")


def test_the_visit_named_later_is_the_storys_visit_not_a_trip_to_a_place_in_the_sentence():
    events = _events("KUWAIT, June 3 (KUNA) -- Kazakh Foreign Minister Murat Nurtleu arrived in Kuwait on Monday on an "
                     "official visit. Foreign Minister Abdullah Ali Al-Yahya said the visit reflected the strong ties "
                     "between the two countries, noting that the Kuwait Fund has financed nine projects in Kazakhstan.",
                     "2025-06-03")
    assert [(e.guest, e.host) for e in events if e.type == "Visit"] == [("KAZ", "KWT")]


def test_a_visit_to_the_kingdom_a_description_names_is_to_the_dateline_country():
    events = _events("AMMAN — Greek Prime Minister Kyriakos Mitsotakis, whose one-day visit to the Hashemite kingdom "
                     "was his first since 2021, was accompanied by Foreign Minister Giorgos Gerapetritis.", "2025-04-15")
    assert [(e.guest, e.host, e.date.value) for e in events if e.type == "Visit"] == [("GRC", "JOR", "2025-04-15"),
                                                                                     ("GRC", "JOR", "2021")]


def test_a_country_a_meeting_calls_on_is_no_party_to_it():
    events = _events("BEIRUT, Jan 18 (Wire) - United Nations Secretary-General Antonio Guterres met Lebanon's President "
                     "Joseph Aoun on Saturday and called for Israel to complete its withdrawal from the south.",
                     "2025-01-18")
    assert [(e.type, e.countries, e.organization) for e in events] == [("Meeting", ("LBN",), "UN")]


def test_sanctions_on_officials_of_no_named_country_target_the_story_country():
    events = _events("CARACAS, Jan 10 (Wire) - Venezuela's Nicolas Maduro was sworn in for a third term on Friday. "
                     "Britain sanctioned 15 officials, among them judges of the Supreme Court, for undermining democracy.",
                     "2025-01-10")
    assert [(e.type, e.countries) for e in events] == [("Sanction", ("GBR", "VEN"))]


@pytest.mark.parametrize("text, expected", [
    ("Chinese Premier Li Qiang began his tour in Wellington on Thursday.", [("CHN", "NZL", "2024-06-13")]),
    ("Chinese Premier Li Qiang's trip began on Thursday in Wellington.", [("CHN", "NZL", "2024-06-13")]),
    ("Chinese President Xi Jinping's previous tour, in March 2019, took him to Italy and Monaco.",
     [("CHN", "ITA", "2019-03"), ("CHN", "MCO", "2019-03")]),
    ("BUDAPEST - Chinese President Xi Jinping held talks with Prime Minister Viktor Orban on Thursday. The Hungarian "
     "stop followed two days in Belgrade, where Xi arrived on Tuesday evening.", [("CHN", "SRB", "2024-06-11")]),
    ("No meeting with Chancellor Olaf Scholz was planned; Scholz travelled to China in April.", [("DEU", "CHN", "2024-04")]),
    ("SEOUL - President Lee Jae-myung wrapped up his two-day trip to Japan on Sunday. The visit comes a year after "
     "former President Yoon Suk Yeol travelled to Tokyo on March 16, 2023.",
     [("KOR", "JPN", "2023-03-16"), ("KOR", "JPN", "2024-06-15")]),
])
def test_ways_a_tour_is_told(text, expected):
    visits = sorted((e.guest, e.host, e.date.value) for e in _events(text, "2024-06-16") if e.type == "Visit")
    assert visits == sorted(expected)


def test_the_two_after_an_organisation_head_met_a_leader_is_that_meeting():
    events = _events("Israeli and Lebanese officials met in Naqoura on Friday. Later on Saturday, UN Secretary-General "
                     "Antonio Guterres held talks with Prime Minister Najib Mikati, where the two discussed aid.",
                     "2025-01-18")
    assert ("Meeting", ("LBN",), "UN") in [(e.type, e.countries, e.organization) for e in events]


def test_a_state_visit_told_through_its_hosts():
    events = _events(
        "ROME - King Charles III arrived in Rome on Monday for a state visit to Italy and the Holy See. On Monday "
        "afternoon the couple were received by President Sergio Mattarella, where the two heads of state spoke for an "
        "hour. On Wednesday, Pope Francis received the King at Casa Santa Marta. Later on Wednesday, Prime Minister "
        "Giorgia Meloni hosted the King for a conversation that touched on the fighter jet being developed by Britain, "
        "Italy and Japan.", "2025-04-10")
    meetings = sorted((e.countries, e.date.value) for e in events if e.type == "Meeting")
    assert meetings == [(("GBR", "ITA"), "2025-04-07"), (("GBR", "ITA"), "2025-04-09"), (("GBR", "VAT"), "2025-04-09")]


def test_ministers_who_took_part_in_the_talks_add_no_event():
    events = _events("BISHKEK, March 13 (Kabar) - President Sadyr Japarov held talks with Tajik President Emomali Rahmon "
                     "on Thursday. Foreign Ministers Zheenbek Kulubaev and Sirojiddin Muhriddin also took part in the talks.",
                     "2025-03-13")
    assert _summary(events) == [("Meeting", ("KGZ", "TJK"), "2025-03-13", False)]


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON - The U.S. Commerce Department on Friday added 23 Chinese companies to its entity list. Companies in "
     "Turkey and the United Arab Emirates were also blacklisted for diverting chips.",
     [("CHN", "USA"), ("ARE", "USA"), ("TUR", "USA")]),
    ('On April 9, China\'s Commerce Ministry placed six U.S. defence and drone companies on its "unreliable entity list".',
     [("CHN", "USA")]),
    ("BEIJING, Dec. 26 (Xinhua) -- China's Ministry of Foreign Affairs on Friday announced countermeasures against 20 "
     "U.S. military-related companies.", [("CHN", "USA")]),
    ("MOSCOW, April 3. /TASS/. Russia has closed entry to 52 citizens of New Zealand, among them lawmakers.",
     [("NZL", "RUS")]),
    ("Britain announced on Friday that it was sanctioning 20 more ships and two Russian oil traders.", [("GBR", "RUS")]),
])
def test_ways_sanctions_are_told(text, expected):
    assert sorted(e.countries for e in _events(text, "2025-09-12") if e.type == "Sanction") == sorted(
        tuple(sorted(pair)) for pair in expected)


def test_talks_in_a_where_clause_are_the_travellers():
    events = _events("BANJUL - Gambian President Adama Barrow welcomed Senegalese President Bassirou Diomaye Faye on "
                     "Saturday. The Banjul stop came two days after Faye travelled to Nouakchott, where he held talks "
                     "with Mauritanian President Mohamed Ould Ghazouani on Thursday.", "2024-04-22")
    assert ("Meeting", ("MRT", "SEN"), "2024-04-18", False) in _summary(events)
    assert not any(e.type == "Meeting" and len(e.countries) > 2 for e in events)


def test_sanctions_by_an_agency_the_story_names_by_pronoun_or_title():
    events = _events("BEIJING, Dec. 26 (Xinhua) -- China's Ministry of Foreign Affairs on Friday announced countermeasures "
                     "against 20 U.S. military-related companies. On Dec. 5, 2024, the ministry announced countermeasures "
                     "against 13 U.S. military companies. Russia hit back in kind in the spring. On April 9, its "
                     "Commerce Ministry placed six U.S. drone companies on its \"unreliable entity list\".", "2025-12-26")
    assert sorted((e.imposers, e.targets, e.date.value) for e in events if e.type == "Sanction") == [
        (("CHN",), ("USA",), "2024-12-05"), (("CHN",), ("USA",), "2025-12-26"), (("RUS",), ("USA",), "2025-04-09")]


@pytest.mark.parametrize("text", [
    'President Donald Trump said he was ready to impose "major sanctions" on Russia.',
    "Lawmakers called on the administration to blacklist all of the Chinese firm's subsidiaries.",
])
def test_readiness_and_calls_to_sanction_are_no_sanction(text):
    assert [e for e in _events(text, "2025-09-12") if not e.planned] == []


def test_a_name_two_persons_share_is_read_by_the_title_before_it():
    events = _events("Syria's Foreign Minister Faisal Mekdad visited Jeddah on April 12 for talks with his Saudi "
                     "counterpart, Prince Faisal bin Farhan. Prince Faisal travelled to Damascus on April 18, where he "
                     "was received by President Bashar al-Assad.", "2023-05-07")
    visits = sorted((e.guest, e.host, e.date.value) for e in events if e.type == "Visit")
    assert visits == [("SAU", "SYR", "2023-04-18"), ("SYR", "SAU", "2023-04-12")]


def test_a_title_only_one_country_uses_gives_its_holder_that_country():
    doc = Document("GENEVA - Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng held talks on Saturday.",
                   "t.txt", "t.txt", published=dt.date(2025, 5, 11))
    extraction = extract_document(doc)
    assert extraction.mentions.persons["Scott Bessent"].country == "USA"
    assert extraction.mentions.persons["He Lifeng"].country == "CHN"  # "He" after a title is a surname
    assert [(e.type, e.countries) for e in extraction.events] == [("Meeting", ("CHN", "USA"))]


def test_a_call_with_an_organisations_commissioner_is_a_meeting_with_the_organisation():
    events = _events("Kenya's Trade Cabinet Secretary Rebecca Miano and EU Trade Commissioner Valdis Dombrovskis held a "
                     "video call on Monday.", "2024-07-01")
    assert [(e.type, e.countries, e.organization) for e in events] == [("Meeting", ("KEN",), "EU")]


def test_a_stop_in_a_capital_is_a_visit():
    events = _events("U.S. Secretary of State Marco Rubio stopped in Guatemala City on February 5.", "2025-03-10")
    assert [(e.guest, e.host) for e in events if e.type == "Visit"] == [("USA", "GTM")]


def test_a_person_whose_inauguration_dates_the_event_takes_no_part():
    events = _events("On January 21, the day after Donald Trump's inauguration, Mexican President Claudia Sheinbaum and "
                     "Guatemalan President Bernardo Arevalo spoke by telephone.", "2025-03-10")
    assert _summary(events) == [("Meeting", ("GTM", "MEX"), "2025-01-21", False)]


def test_a_tour_told_by_title_with_a_possessive_after_the_host():
    events = _events("TASHKENT - German Chancellor Olaf Scholz held talks with Uzbek President Shavkat Mirziyoyev on Sunday. "
                     "On Monday the chancellor flew on to Astana for a bilateral visit to Kazakhstan, Germany's largest "
                     "trading partner in the region.", "2024-09-17")
    assert [(e.guest, e.host) for e in events if e.type == "Visit"] == [("DEU", "KAZ")]


def test_eam_is_indias_external_affairs_minister():
    events = _events("MALE - Maldivian Foreign Minister Moosa Zameer received EAM on Friday. EAM paid an official visit "
                     "to the Maldives from 09-11 August 2024.", "2024-08-10")
    assert ("IND", "MDV") in [(e.guest, e.host) for e in events if e.type == "Visit"]


def test_a_date_in_a_relative_clause_does_not_date_the_main_clause():
    events = _events("Pakistan's Commerce Minister Jam Kamal Khan, who arrived in Dhaka on Thursday, co-chaired a meeting "
                     "of the Bangladesh-Pakistan Joint Working Group on Trade with Bangladesh's Commerce Minister Sk Bashir Uddin "
                     "on Friday.", "2025-08-24")
    assert ("Meeting", ("BGD", "PAK"), "2025-08-22", False) in _summary(events)


def test_a_month_that_year_is_in_the_year_just_named():
    events = _events("Chinese President Xi Jinping last visited Serbia in June 2016. His previous tour of Europe, in March "
                     "that year, took him to Italy and Monaco.", "2024-05-10")
    assert sorted((e.host, e.date.value) for e in events if e.type == "Visit") == [
        ("ITA", "2016-03"), ("MCO", "2016-03"), ("SRB", "2016-06")]


def test_a_stamp_closing_the_story_dates_it():
    doc = Document("TOKYO, Aug. 24 (Yonhap) -- President Lee Jae-myung wrapped up his two-day trip to Japan today. "
                   "Lee first visited Tokyo as an opposition leader in 2023.\n\n(END)\n\n2025/08/24 16:05 KST",
                   "t.txt", "t.txt")
    visits = [(e.guest, e.host, e.date.value) for e in extract_document(doc).events if e.type == "Visit"]
    assert ("KOR", "JPN", "2025-08-23") in visits


def test_ministers_of_several_countries_on_a_joint_visit_to_the_kingdom():
    events = _events("When the foreign ministers of Mali, Burkina Faso and Niger, on a joint visit to the kingdom, walked "
                     "into the royal palace in Rabat on 28 April, they were treated with honours.", "2025-05-12")
    assert sorted((e.guest, e.host) for e in events if e.type == "Visit") == [
        ("BFA", "MAR"), ("MLI", "MAR"), ("NER", "MAR")]


def test_credentials_of_several_ambassadors_are_one_meeting_each():
    events = _events("ASTANA. President of Kazakhstan Kassym-Jomart Tokayev today received the credentials of the "
                     "ambassadors of the Republic of Korea and the Arab Republic of Egypt.", "2024-10-08")
    assert sorted(e.countries for e in events if e.type == "Meeting") == [("EGY", "KAZ"), ("KAZ", "KOR")]


@pytest.mark.parametrize("honorific", ["", "Mr. "])
def test_a_title_in_apposition_to_a_name_is_that_person(honorific):
    events = _events(f"MADRID - The Minister of Foreign Affairs, European Union and Cooperation, {honorific}José Manuel Albares, has "
                     "received this Monday the Minister of Foreign Affairs of the Republic of Chile, Alberto van Klaveren. "
                     "Earlier this Monday, Minister Albares held a telephone conversation with Uruguayan Foreign Minister "
                     "Mario Lubetkin.", "2025-10-20")
    assert sorted(e.countries for e in events if e.type == "Meeting") == [("CHL", "ESP"), ("ESP", "URY")]


def test_summits_of_one_day_told_by_name_stay_apart_and_are_held_at_the_dateline():
    events = _events("JAKARTA, Sept 6, 2023 (Wire) - Southeast Asian leaders met U.S. and Chinese envoys on Wednesday. "
                     "At the ASEAN-U.S. summit, U.S. Vice President Kamala Harris stood in for President Joe Biden. "
                     "Chinese Premier Li Qiang addressed the ASEAN-China summit earlier on Wednesday. "
                     "Indonesian President Joko Widodo, the summit's host, thanked both.")
    summits = sorted(e.countries for e in events if e.type == "Summit")
    assert summits == [("CHN", "IDN"), ("IDN", "USA")]


def test_leaders_who_spoke_briefly_at_a_summit_met():
    events = _events("At the ASEAN Plus Three summit in Jakarta on Wednesday, Japanese Prime Minister Fumio Kishida spoke "
                     "briefly with Chinese Premier Li Qiang.", "2023-09-07")
    assert ("Meeting", ("CHN", "JPN")) in [(e.type, e.countries) for e in events]


@pytest.mark.parametrize("text", [
    "A State Department official said there had been \"no plans and no request\" for a meeting with Lavrov.",
    "Estonia's Foreign Minister Margus Tsahkna stayed away from the meeting with Lavrov in protest.",
    "Azerbaijani President Ilham Aliyev was met at Budapest airport by Hungarian Foreign Minister Peter Szijjarto.",
])
def test_meetings_that_did_not_take_place(text):
    assert [e for e in _events(text, "2024-12-05") if e.type == "Meeting"] == []


def test_an_organisations_secretary_general_named_after_it_and_a_summit_in_preparation():
    events = _events("ASTANA. Earlier in the day, President Kassym-Jomart Tokayev received Secretary General of the "
                     "Organization of Turkic States Kubanychbek Omuraliev, who briefed him on the draft documents of the "
                     "Bishkek summit.", "2024-10-08")
    assert [(e.type, e.countries, e.organization) for e in events if not e.planned] == [("Meeting", ("KAZ",), "OTS")]


def test_officials_of_no_named_country_belong_to_the_agency_that_tells_the_story():
    doc = Document("CAIRO, March 4 (KUNA) -- His Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah met "
                   "Egyptian President Abdel Fattah Al-Sisi on Tuesday on the sidelines of the Arab summit.",
                   "t.txt", "t.txt", published=dt.date(2025, 3, 4))
    persons = extract_document(doc).mentions.persons
    assert persons["Sabah Khaled Al-Hamad Al-Sabah"].country == "KWT"


def test_news_agency_credits(tmp_path):
    from kg.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.news_agency_country("MOSCOW, April 3. /TASS/. Russia has ...") == "RUS"
    assert gaz.news_agency_country("Kuwait News Agency (KUNA)\n18/11/2025\n\nHis Highness ...") == "KWT"
    assert gaz.news_agency_country("WASHINGTON (Wire) - The United States ...") is None


@pytest.mark.parametrize("name, row, message", [
    ("titles.csv", "Grand Vizier,head_of_government,XXX", r"titles\.csv:\d+: 'XXX' is not a country"),
    ("news_agencies.csv", "Atlantis Press,ATP,ATL", r"news_agencies\.csv:\d+: unknown country 'ATL'"),
    ("companies.csv", "Atlantis Oil,ATL", r"companies\.csv:\d+: unknown country 'ATL'"),
])
def test_a_data_row_naming_an_unknown_country_is_a_one_line_error(data_copy, name, row, message):
    from kg.extract.gazetteer import DataError, Gazetteer

    folder = data_copy
    with (folder / name).open("a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    with pytest.raises(DataError, match=message):
        Gazetteer(folder)


@pytest.mark.parametrize("text, word, expected", [
    ("When I was preparing for this visit, I asked my colleagues what needs to be done.", "visit", None),
    ("The ministers discussed preparations for the summit in Bishkek.", "summit", "planned"),
    ("He briefed him on the draft documents of the Bishkek summit.", "summit", "planned"),
    ("Kenya and Ethiopia have signed dozens of agreements over the years.", "signed", "vague"),
])
def test_modality_of_preparations_and_history(text, word, expected):
    from kg.extract.modality import modality_of

    start = text.index(word)
    assert modality_of(text, start, start + len(word)) == expected


def test_his_majesty_alone_is_the_monarch_the_story_is_about():
    events = _events("SINGAPORE - Sultan Haji Hassanal Bolkiah arrived on Sunday for an official visit. Upon His "
                     "Majesty's arrival yesterday, His Majesty called on President Tharman Shanmugaratnam at the Istana.",
                     "2025-06-10")
    assert ("Meeting", ("BRN", "SGP")) in [(e.type, e.countries) for e in events]


def test_a_treaty_named_after_two_countries_with_a_multiword_name():
    events = _events("Today the Prime Minister of Australia, the Hon Anthony Albanese MP, and the Prime Minister of Papua "
                     "New Guinea, the Hon James Marape MP, signed the Papua New Guinea-Australia Mutual Defence Treaty at "
                     "Parliament House in Canberra.", "2025-10-06")
    assert [(e.type, e.countries) for e in events] == [("AgreementSigning", ("AUS", "PNG"))]


@pytest.mark.parametrize("text, expected", [
    ("Senegalese President Bassirou Diomaye Faye landed at Beijing Capital International Airport on Thursday.",
     [("SEN", "CHN")]),
    ("U.S. President Donald Trump landed at Kuala Lumpur International Airport. Prime Minister Anwar Ibrahim was on "
     "the tarmac to greet Trump, who is making his first trip to Asia since returning to the White House.",
     [("USA", "MYS")]),
])
def test_a_landing_at_a_citys_airport_is_a_visit_there(text, expected):
    assert [(e.guest, e.host) for e in _events(text, "2025-10-26") if e.type == "Visit"] == expected


def test_a_visit_is_dated_by_its_own_span_over_a_fronted_date():
    events = _events("On February 20, Foreign Minister Takeshi Iwaya held a meeting with Mongolian Foreign Minister "
                     "Battsetseg Batmunkh, who is visiting Japan from February 19 to 22.", "2025-02-20")
    assert sorted((e.type, e.date.value) for e in events) == [("Meeting", "2025-02-20"), ("Visit", "2025-02-19")]


def test_the_days_of_one_visit_are_one_visit_dated_by_its_first_day():
    events = _events("Zambian President Hakainde Hichilema arrived in Gaborone on Monday for a three-day state visit to "
                     "Botswana.\n\nOn Tuesday, Hichilema visited the Diamond Trading Company in Gaborone.", "2025-02-12")
    assert [(e.guest, e.host, e.date.value) for e in events if e.type == "Visit"] == [("ZMB", "BWA", "2025-02-10")]


def test_a_visit_told_in_passing_with_its_own_day_takes_that_day():
    events = _events("When the foreign ministers of Mali and Niger, on a joint visit to the kingdom, walked into the royal "
                     "palace in Rabat on 28 April, they were treated with honours.", "2025-05-12")
    assert {e.date.value for e in events if e.type == "Visit"} == {"2025-04-28"}


def test_a_visit_dated_by_its_span_and_the_headline_by_the_storys_day():
    events = _events("Morocco, Paraguay sign roadmap for cooperation\n\nRabat, May 12, 2025 (MAP) - Foreign Minister Nasser "
                     "Bourita held talks today with Paraguayan Foreign Minister Ruben Ramirez Lezcano, who is paying an "
                     "official visit to the Kingdom from 11 to 13 May.")
    assert sorted((e.type, e.date.value) for e in events) == [
        ("AgreementSigning", "2025-05-12"), ("Meeting", "2025-05-12"), ("Visit", "2025-05-11")]


def test_a_day_of_the_month_the_paragraph_just_named_is_in_its_year():
    events = _events("The high point came in April 2024, when Brazilian President Lula paid a state visit to Colombia. On "
                     "17 April he held talks with President Gustavo Petro in Bogota.", "2025-05-05")
    assert ("Meeting", ("BRA", "COL"), "2024-04-17", False) in _summary(events)


def test_the_premiers_office_is_a_place_not_a_party():
    events = _events("BUDAPEST - Chinese President Xi Jinping landed in Budapest on Wednesday. He then held talks with Prime "
                     "Minister Viktor Orban at the Carmelite monastery, the premier's office. German Chancellor Olaf "
                     "Scholz was not on his programme.", "2024-05-10")
    assert sorted(e.countries for e in events if e.type == "Meeting") == [("CHN", "HUN")]


def test_our_meeting_is_the_speakers_and_the_listeners():
    events = _events("Belarusian President Aleksandr Lukashenko held talks with Chinese President Xi Jinping in Beijing on "
                     "Monday.\n\nOur meeting on 1 March was in many ways pivotal and set the momentum for the whole year.", "2023-12-05")
    assert ("Meeting", ("BLR", "CHN"), "2023-03-01", False) in _summary(events)


def test_two_leaders_who_talked_at_a_summit_met_and_attended_it():
    """The seed from the SCO summit in Astana: "Lukashenko and the Russian leader Vladimir Putin discussed
    various matters ... at an informal dinner the day before and on the main day of the summit"."""
    from pathlib import Path

    from kg.documents import iter_documents

    (doc,) = iter_documents(sorted((Path(__file__).parent.parent / "seeds").glob("002_*.txt")))
    events = extract_document(doc).events
    assert any(e.type == "Meeting" and e.countries == ("BLR", "RUS") for e in events)
    assert any(e.type == "Summit" and {"BLR", "KAZ", "RUS"} <= set(e.countries) for e in events)


def test_a_short_dated_sentence_is_no_section_heading():
    events = _events("The three juntas signed a charter in Bamako in 2023. On January 28, 2024 they announced their "
                     "withdrawal.\n\nThe relationship reached a new level last month. On June 23, Malian leader Assimi "
                     "Goita held talks with President Vladimir Putin in the Kremlin.", "2025-07-07")
    assert ("Meeting", ("MLI", "RUS"), "2025-06-23", False) in _summary(events)


@pytest.mark.parametrize("text, expected", [
    ("The coup of July 26, 2023 in Niamey was the turning point. On July 30, ECOWAS imposed sanctions on Niger.",
     ("Sanction", ("NER",), "2023-07-30", False)),
    ("Pena was in Panama on July 1, 2024. The two leaders also met in Buenos Aires on July 3 this year, Paraguayan "
     "President Santiago Pena and Panamanian President Jose Raul Mulino said.", ("Meeting", ("PAN", "PRY"), "2025-07-03", False)),
])
def test_a_bare_day_of_a_month_named_with_its_year(text, expected):
    assert expected in _summary(_events(text, "2025-08-14"))


def test_an_attendance_list_joins_the_summit_told_last():
    events = _events("JAKARTA, Sept 6, 2023 (Wire) - Chinese Premier Li Qiang addressed the ASEAN-China summit on "
                     "Wednesday. The 43rd ASEAN Summit opened on Tuesday under Indonesian President Joko Widodo's "
                     "chairmanship. Among the leaders in attendance were Malaysia's Prime Minister Anwar Ibrahim and "
                     "Philippine President Ferdinand Marcos Jr.")
    summits = {e.label: e.countries for e in events if e.type == "Summit"}
    assert summits["43rd asean"] == ("IDN", "MYS", "PHL")


def test_a_summit_held_on_its_own_day_dates_the_talks_on_its_sidelines():
    events = _events("Yesterday, President of Turkmenistan Serdar Berdimuhamedov returned home, having completed a tour "
                     "which included the summit of the Economic Cooperation Organization. On 3 July the head of state "
                     "arrived in Azerbaijan to take part in the 17th ECO Summit, held on 4 July in Khankendi.\n\n"
                     "On the sidelines of the forum, President Serdar Berdimuhamedov met with President Ilham Aliyev.",
                     "2025-07-09")
    dated = {(e.type, e.date.value) for e in events}
    assert ("Summit", "2025-07-04") in dated and ("Meeting", "2025-07-04") in dated


def test_returning_home_wrapping_up_a_visit_of_n_days_dates_its_first_day():
    events = _events("DHAKA, March 29 (BSS) - Chief Adviser Professor Muhammad Yunus returned home this evening wrapping "
                     "up his four-day official visit to China.", "2025-03-29")
    assert [(e.type, e.date.value) for e in events] == [("Visit", "2025-03-26")]


def test_an_arrival_for_a_visit_of_n_days_is_its_first_day_whatever_else_ended():
    events = _events("Botswana President Duma Boko arrived in Lusaka on Tuesday afternoon for a two-day state visit, his first since his "
                     "party ended nearly six decades of one-party rule.", "2025-02-12")
    assert [(e.type, e.date.value) for e in events] == [("Visit", "2025-02-11")]


def test_a_joint_call_with_several_leaders_is_one_meeting():
    events = _events("Straight after hanging up, U.S. President Donald Trump held a joint call with Ukrainian President "
                     "Volodymyr Zelensky, French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.",
                     "2025-05-20")
    assert [e.countries for e in events if e.type == "Meeting"] == [("FRA", "ITA", "UKR", "USA")]


@pytest.mark.parametrize("text", [
    "\"Moscow only understands pressure,\" Lithuanian Foreign Minister Kestutis Budrys said on his way into the meeting.",
    "U.S. President Donald Trump said he expected Rwandan President Paul Kagame and Congolese President Felix Tshisekedi "
    "to come to Washington in the coming weeks to sign the final peace agreement.",
])
def test_no_meeting_told_here(text):
    assert [e for e in _events(text, "2025-05-20") if not e.planned] == []


def test_the_first_two_names_of_a_long_name_are_that_person():
    events = _events("Somali President Hassan Sheikh Mohamud attended the ceremony with Tanzanian President Samia Suluhu "
                     "Hassan. Hassan Sheikh, who held talks in Nairobi on Sunday with Kenyan President William Ruto, "
                     "praised the bloc.", "2024-03-05")
    assert ("Meeting", ("KEN", "SOM"), "2024-03-03", False) in _summary(events)


def test_flew_on_to_a_city_is_a_visit_there():
    events = _events("U.S. President Donald Trump met Saudi Crown Prince Mohammed bin Salman in Riyadh. He flew on to Doha "
                     "in the afternoon and was greeted at the airport by Emir Sheikh Tamim bin Hamad Al Thani.", "2025-05-14")
    assert ("USA", "QAT") in [(e.guest, e.host) for e in events if e.type == "Visit"]


def test_a_visit_that_ends_on_a_weekday_began_before_it():
    events = _events("The Prime Minister, Luis Montenegro, is in Praia on a three-day official visit to Cabo Verde that "
                     "ends on Thursday.", "2025-11-12")
    assert [(e.type, e.date.value) for e in events] == [("Visit", "2025-11-11")]


def test_on_the_eve_of_his_arrival_is_not_yesterday_nor_a_stay_there():
    events = _events("Norwegian Foreign Minister Espen Barth Eide arrived in Jakarta on 3 March. On the eve of his arrival "
                     "in Jakarta, Eide paid a short working visit to Singapore, where he met Foreign Minister Vivian "
                     "Balakrishnan on 2 March.", "2024-03-06")
    assert sorted((e.type, e.countries, e.date.value) for e in events) == [
        ("Meeting", ("NOR", "SGP"), "2024-03-02"), ("Visit", ("NOR", "IDN"), "2024-03-03"),
        ("Visit", ("NOR", "SGP"), "2024-03-02")]


def test_joining_a_summit_is_no_accession():
    events = _events("After the meeting on Wednesday, U.S. President Donald Trump joined a summit with the leaders of the "
                     "Gulf Cooperation Council in Riyadh.", "2025-05-14")
    assert "Accession" not in {e.type for e in events}


def test_a_call_named_by_its_caller_is_the_callers():
    events = _events("The European Union and Britain announced new sanctions against Russia on Tuesday, one day after "
                     "Donald Trump's two-hour phone call with Vladimir Putin failed to produce a ceasefire.", "2025-05-20")
    assert [e.countries for e in events if e.type == "Meeting"] == [("RUS", "USA")]


def test_a_challenge_to_meet_is_no_meeting():
    events = _events("Russian President Vladimir Putin did not travel to Istanbul, despite Ukrainian President Volodymyr "
                     "Zelensky's challenge to meet him there in person.", "2025-05-20")
    assert [e for e in events if not e.planned] == []


def test_the_leaders_who_last_met_are_the_pair():
    events = _events("Australian Prime Minister Anthony Albanese held talks with Indonesian President Prabowo Subianto in "
                     "Jakarta on Thursday. The leaders had last met in November on the sidelines of the G20 summit in "
                     "Rio de Janeiro.", "2025-05-15")
    assert ("Meeting", ("AUS", "IDN"), "2024-11", False) in _summary(events)


def test_a_joint_call_with_many_leaders_and_an_organisation_head():
    events = _events("Straight after hanging up, U.S. President Donald Trump held a joint call with Ukrainian President "
                     "Volodymyr Zelensky, European Commission President Ursula von der Leyen and the leaders of France, "
                     "Italy, Germany and Finland.", "2025-05-20")
    assert ("DEU", "FIN", "FRA", "ITA", "UKR", "USA") in [e.countries for e in events if e.type == "Meeting"]


def test_talks_told_in_an_after_clause_are_not_this_call():
    events = _events("On Monday evening, after her talks with Jaishankar, Australian Foreign Minister Penny Wong spoke by "
                     "phone with Chinese Foreign Minister Wang Yi.", "2026-02-10")
    assert [(e.type, e.countries) for e in events] == [("Meeting", ("AUS", "CHN"))]


def test_a_host_who_received_the_two_ministers_met_both():
    events = _events("In Washington, the foreign ministers of DR Congo and Rwanda signed the peace agreement on Friday. "
                     "Hours later, President Donald Trump received the two ministers in the Oval Office.", "2025-06-28")
    assert ("Meeting", ("COD", "RWA", "USA")) in [(e.type, e.countries) for e in events]


@pytest.mark.parametrize("text, expected", [
    ("The fourth summit of Egypt, Jordan and Iraq is set to be held in Amman in October.", []),
    ("The next summit of Egypt, Jordan and Iraq is in Amman.", []),
    ("The next day Egyptian President Abdel Fattah al-Sisi held talks with King Abdullah II of Jordan.",
     [("Meeting", ("EGY", "JOR"), "2025-05-03")]),
])
def test_the_next_summit_is_a_plan_the_next_day_is_not(text, expected):
    events = _events("CAIRO, May 5, 2025 - Egyptian Foreign Minister Badr Abdelatty met his Iraqi counterpart "
                     "Fuad Hussein in Cairo on Friday. " + text)
    assert [(e.type, e.countries, e.date.value if e.date else None) for e in events
            if not e.planned and set(e.countries) != {"EGY", "IRQ"}] == expected


def test_the_visit_told_as_the_subject_of_a_comment_takes_no_place_or_date_from_it():
    events = _events("Ghanaian President John Mahama paid a working visit to Burkina Faso on Saturday. The visit to "
                     "Ouagadougou followed his stop in Bamako on Friday, where he held talks with Malian leader "
                     "Assimi Goita.", "2025-03-09")
    assert sorted((e.countries, e.date.value) for e in events if e.type == "Visit") == [
        (("GHA", "BFA"), "2025-03-08"), (("GHA", "MLI"), "2025-03-07")]


def test_the_previous_day_counts_from_the_story_day_not_from_a_span():
    events = _events("Astana, 4 March 2025 (Kazinform) -- President Kassym-Jomart Tokayev received Azerbaijani Foreign "
                     "Minister Jeyhun Bayramov today. Bayramov is in Kazakhstan on an official visit on 3-4 March. On the "
                     "previous day, he held talks with Kazakh Foreign Minister Murat Nurtleu.")
    assert sorted(e.date.value for e in events if e.type == "Meeting") == ["2025-03-03", "2025-03-04"]


def test_the_same_day_after_a_date_of_its_own_is_that_date():
    events = _events("Astana, 4 March 2025 (Kazinform) -- President Kassym-Jomart Tokayev received Azerbaijani Foreign "
                     "Minister Jeyhun Bayramov today. Nurtleu recalled that at the SCO summit held in Astana on 4 July "
                     "2024, Belarus became the tenth member, and Aliyev took part in the meeting held the same day.")
    assert [e.date.value for e in events if e.type in ("Summit", "Accession")] == ["2024-07-04", "2024-07-04"]


@pytest.mark.parametrize("text, expected", [
    ("Carney, who arrived in Mexico City on Wednesday evening for his first official visit to Mexico since becoming "
     "prime minister in March, met Sheinbaum at the National Palace on Thursday.", "2025-09-18"),
    ("Chapo paid a working visit to Pretoria on 24 March, his first trip abroad since his inauguration in January, "
     "when he held talks with President Cyril Ramaphosa.", "2025-03-24"),
])
def test_a_date_in_a_since_clause_closed_before_the_trigger_is_not_its_date(text, expected):
    meetings = [e for e in _events("Mexican President Claudia Sheinbaum and Mozambique's President Daniel Chapo. " + text,
                                   "2025-09-19") if e.type == "Meeting"]
    assert [e.date.value for e in meetings] == [expected]


def test_a_year_in_a_since_clause_that_a_when_clause_tells_of_dates_that_event():
    events = _events("Trade has doubled since 2017, when Uzbek President Shavkat Mirziyoyev made his first state visit "
                     "to Kazakhstan.", "2024-08-22")
    assert [(e.type, e.date.value) for e in events] == [("Visit", "2017")]


@pytest.mark.parametrize("text, joined", [
    ("BRICS has ten full members: Brazil, Russia, India, China, South Africa, Egypt, Ethiopia, Iran, the United Arab "
     "Emirates and Indonesia, which became the group's first Southeast Asian full member on January 6.", ["IDN"]),
    ("Indonesia's accession makes it the tenth member of the bloc, alongside Brazil, Russia, India, China and South "
     "Africa, as well as Egypt, Ethiopia, Iran and the United Arab Emirates, which joined on January 1, 2024.",
     ["ARE", "EGY", "ETH", "IDN", "IRN"]),
])
def test_a_relative_clause_on_a_list_of_members(text, joined):
    events = _events("Indonesia has become a full member of BRICS. " + text, "2025-01-07")
    assert sorted(e.countries[0] for e in events if e.type == "Accession") == joined


@pytest.mark.parametrize("text", [
    "On June 30, Trump signed a national security presidential memorandum that tightened restrictions on travel to "
    "Cuba and on transactions with companies controlled by the Cuban military.",
    "President Trump signed an executive order on Friday imposing new curbs on trade with Cuba.",
])
def test_a_domestic_act_signed_is_no_agreement(text):
    assert [e.type for e in _events(text, "2025-07-15") if e.type == "AgreementSigning"] == []


def test_a_defense_secretary_is_of_the_country_the_story_names():
    events = _events("Philippine and Canadian officials met in Manila. The agreement was signed at Camp Aguinaldo by "
                     "Defense Secretary Gilberto Teodoro Jr. and Canadian Defence Minister David McGuinty.", "2025-11-02")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("CAN", "PHL")]


def test_a_pronoun_after_a_person_named_in_its_own_sentence_is_that_person():
    events = _events("Armenian Foreign Minister Ararat Mirzoyan said on Tuesday that Armenia would stay away. Russian "
                     "President Vladimir Putin flew in from Astana, where on Wednesday he and Kazakh President "
                     "Kassym-Jomart Tokayev held talks.", "2024-11-28")
    assert [e.countries for e in events if e.type == "Meeting"] == [("KAZ", "RUS")]


def test_the_summit_addressed_is_the_one_told_not_an_organisation_named_after_it():
    events = _events("BAGHDAD, May 17, 2025 (Wire) - Arab leaders gathered in Baghdad on Saturday for the 34th summit of "
                     "the Arab League. Spanish Prime Minister Pedro Sánchez, invited as a guest of the Iraqi presidency, "
                     "told the summit that Madrid would present a draft resolution to the UN General Assembly.")
    assert [(e.type, e.countries, e.organization) for e in events] == [("Summit", ("ESP", "IRQ"), "LAS")]


def test_a_summit_after_a_comment_on_the_meeting_told_is_held_where_it_says():
    events = _events("Arab leaders met in Baghdad on Saturday. The Baghdad meeting came two months after an emergency "
                     "Arab summit in Cairo on March 4, attended by Jordan's King Abdullah II.", "2025-05-18")
    assert [(e.countries, e.date.value) for e in events if e.type == "Summit"] == [(("EGY", "JOR"), "2025-03-04")]


@pytest.mark.parametrize("text", [
    "Iran recalled its ambassadors to London, Paris and Berlin for consultations on Saturday.",
    "U.S. Secretary of State Marco Rubio said the sanctions on Iran would stay in place until Tehran agreed to talks.",
    "A meeting between Central African Prime Minister Felix Moloua and Putin is not on the agenda of this visit.",
    "The treaty between Australia and Papua New Guinea had been due to be signed in Port Moresby last month.",
])
def test_no_event_in_a_recall_or_sanctions_that_stay(text):
    assert [e for e in _events(text, "2025-09-28") if not e.planned] == []


def test_another_clause_after_the_target_names_no_target():
    events = _events("Australia announced on Sunday that it had reimposed its UN-based sanctions on Iran, Foreign Minister "
                     "Penny Wong said, and Japan said it would implement them too.", "2025-09-28")
    assert [(e.imposers, e.targets) for e in events if e.type == "Sanction"] == [(("AUS",), ("IRN",))]


@pytest.mark.parametrize("text", ["United Nations sanctions on Iran came back into force on Sunday.",
                                  "New EU sanctions on Belarus took effect on Sunday."])
def test_sanctions_that_come_into_force(text):
    (sanction,) = _events(text, "2025-09-28")
    assert (sanction.date.value, sanction.targets) == ("2025-09-28", (sanction.countries[-1],))


def test_united_nations_sanctions_are_the_security_councils():
    (sanction,) = _events("United Nations sanctions on Iran came back into force at 0000 GMT on Sunday, a decade after they "
                          "were lifted under the 2015 nuclear deal, after Britain, France and Germany triggered the so-called "
                          "snapback mechanism and a final attempt by Russia and China to delay them failed.", "2025-09-28")
    assert (sanction.imposers, sanction.organization) == (("UNSC",), "UNSC")


def test_undated_talks_take_the_day_of_an_arrival_on_the_story_day_not_an_aside_before_it():
    events = _events("Muscat, May 27, 2025, IRNA -- Iranian President Masoud Pezeshkian, who arrived in Muscat on Tuesday "
                     "morning for a state visit to Oman, was welcomed by Sultan Haitham bin Tarik.\n\nPezeshkian thanked the "
                     "Sultan for Oman's role in the talks held in Rome on Friday with US envoy Steve Witkoff.\n\nThe President and "
                     "the Sultan also held talks on trade and energy.")
    assert [(e.countries, e.date.value) for e in events if e.type == "Meeting" and "trade" in e.evidence[0].quote] == [
        (("IRN", "OMN"), "2025-05-27")]


def test_a_title_case_headline_verb_is_no_name():
    doc = Document("HH the Amir Receives Phone Call from Prime Minister of Pakistan\n\nDoha, February 12 (QNA) - His "
                   "Highness the Amir Sheikh Tamim bin Hamad Al-Thani received today a phone call from Prime Minister of "
                   "Pakistan Muhammad Shehbaz Sharif.", "t.txt", "t.txt", published=dt.date(2025, 2, 12))
    extraction = extract_document(doc)
    assert "Receives Phone Call" not in extraction.mentions.persons
    assert [(e.type, e.countries) for e in extraction.events] == [("Meeting", ("PAK", "QAT"))]


def test_a_visit_told_in_a_when_clause_is_to_the_place_the_sentence_names():
    events = _events("ADDIS ABABA, April 21, 2025 (ENA) - The two leaders last met in Djibouti on January 9, 2025, when "
                     "Ethiopian Prime Minister Abiy Ahmed paid a one-day working visit and held talks with President Ismail "
                     "Omar Guelleh on the implementation of the Ankara Declaration between Ethiopia and Somalia.")
    assert sorted((e.type, e.countries, e.guest, e.host) for e in events) == [
        ("Meeting", ("DJI", "ETH"), None, None), ("Visit", ("ETH", "DJI"), "ETH", "DJI")]


def test_a_guest_who_arrived_is_visiting_where_the_talks_were_held_on_the_day_of_the_clause():
    events = _events("On Sunday, South Korean President Yoon Suk Yeol held summit talks at the presidential office in Seoul "
                     "with Tanzanian President Samia Suluhu Hassan, who arrived on Saturday for a state visit.", "2024-06-04")
    assert sorted((e.type, e.countries, e.date.value) for e in events) == [
        ("Meeting", ("KOR", "TZA"), "2024-06-02"), ("Visit", ("TZA", "KOR"), "2024-06-01")]


@pytest.mark.parametrize("text, countries", [
    ("At an emergency summit in Abuja on 30 July 2023, ECOWAS leaders imposed sweeping sanctions on Niger and threatened "
     "military intervention if President Mohamed Bazoum was not restored, Ghanaian President Nana Akufo-Addo said.",
     ("GHA", "NGA")),
    ("Kenyan President William Ruto said heads of state admitted Somalia at their summit in Arusha on November 24.",
     ("KEN", "TZA")),
])
def test_a_country_a_summit_acts_upon_is_no_participant(text, countries):
    events = _events(text, "2025-02-01")
    assert [e.countries for e in events if e.type == "Summit"] == [countries]


def test_who_stayed_away_and_a_bloc_led_by_a_country_add_no_participant():
    events = _events("MINSK, Nov 28, 2024 (Wire) - Leaders of the Russian-led Collective Security Treaty Organization met "
                     "in the Belarusian capital on Thursday without Armenia. Belarusian President Alexander Lukashenko "
                     "hosted Kazakhstan's Kassym-Jomart Tokayev and Kyrgyzstan's Sadyr Japarov. Armenian Prime Minister "
                     "Nikol Pashinyan stayed away, as he did from the previous summit, also held in Minsk, on November "
                     "23, 2023.")
    # (the previous summit is an earlier event of its own, known by its host; Armenia was at neither)
    assert sorted((e.countries, e.date.value) for e in events if e.type == "Summit") == [
        (("BLR",), "2023-11-23"), (("BLR", "KAZ", "KGZ"), "2024-11-28")]


def test_a_venue_two_capitals_share_and_a_comment_after_the_summit_name_no_participant():
    events = _events("ASTANA, June 17, 2025 (Wire) - Chinese President Xi Jinping and Uzbek President Shavkat Mirziyoyev "
                     "signed a treaty at the China-Central Asia summit, as Beijing deepens its footprint in a region long "
                     "regarded as Moscow's backyard. Kazakh President Kassym-Jomart Tokayev hosted them at the Palace of "
                     "Independence for the one-day summit.")
    # (the China-Central Asia summit names the five Central Asian countries; Moscow's backyard names no Russia)
    assert [e.countries for e in events if e.type == "Summit"] == [("CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB")]


def test_a_second_act_of_the_subject_after_a_date_is_its_own_event_with_its_own_date():
    events = _events("Viet Nam joined ASEAN on July 28, 1995 and became the 150th member of the World Trade Organization "
                     "on January 11, 2007.", "2025-07-06")
    assert [(e.countries, e.organization, e.date.value) for e in events] == [
        (("VNM",), "ASEAN", "1995-07-28"), (("VNM",), "WTO", "2007-01-11")]


def test_admitted_as_a_quoted_partner_country_is_no_accession():
    events = _events("BRICS leaders met in Rio. Vietnam, which was admitted as a \"partner country\" in June, is attending "
                     "the outreach session only.", "2025-07-06")
    assert [e for e in events if e.type == "Accession"] == []


@pytest.mark.parametrize("text, expected", [
    ("Finland joined NATO on April 4, 2023, and Sweden followed in March this year.",
     [("FIN", "NATO", "2023-04-04"), ("SWE", "NATO", "2025-03")]),
    ("Kazakhstan joined the ICC in 2023. Ukraine followed on 1 January 2025.",
     [("KAZ", "ICC", "2023"), ("UKR", "ICC", "2025-01-01")]),
    ("The visit followed talks in Paris. Sweden joined NATO in 2024.", [("SWE", "NATO", "2024")]),
])
def test_a_country_that_followed_a_joining_joined_too(text, expected):
    events = _events(text, "2025-06-01")
    assert [(e.countries[0], e.organization, e.date.value) for e in events] == expected


def test_a_country_in_an_as_clause_after_the_talks_did_not_take_part():
    events = _events("MEXICO CITY, Sept 18, 2025 (Wire) - Canadian Prime Minister Mark Carney held talks with Mexican "
                     "President Claudia Sheinbaum at the National Palace on Thursday, as both countries brace for next "
                     "year's review of their free trade agreement with the United States.")
    assert [e.countries for e in events if e.type == "Meeting"] == [("CAN", "MEX")]


def test_a_country_that_joined_together_with_the_subject_joined_too():
    events = _events("Bulgaria joined the European Union on January 1, 2007, together with Romania.", "2026-01-01")
    assert [(e.countries, e.organization, e.date.value) for e in events] == [
        (("BGR",), "EU", "2007-01-01"), (("ROU",), "EU", "2007-01-01")]


def test_he_after_talks_with_a_named_host_is_still_the_previous_subject():
    events = _events("Spain's Foreign Minister José Manuel Albares began a three-day swing through West Africa on Monday "
                     "in Nouakchott.\n\nOn Tuesday Albares moved on to Dakar. After talks with President Bassirou Diomaye "
                     "Faye at the presidential palace, he signed a memorandum on migration with Senegal's Foreign Minister "
                     "Yassine Fall.", "2025-03-16")
    assert sorted((e.type, e.countries) for e in events if e.type != "Visit") == [
        ("AgreementSigning", ("ESP", "SEN")), ("Meeting", ("ESP", "SEN"))]


def test_the_legs_of_a_swing_through_a_region():
    events = _events("Spain's Foreign Minister José Manuel Albares began a three-day swing through West Africa on Monday in "
                     "Nouakchott, where he was received by Mauritanian President Mohamed Ould Ghazouani.\n\nOn Tuesday "
                     "Albares moved on to Dakar. He ended the tour in Banjul on Wednesday with a courtesy call on President "
                     "Adama Barrow.", "2025-03-16")
    assert [(e.host, e.date.value) for e in events if e.type == "Visit"] == [
        ("MRT", "2025-03-10"), ("SEN", "2025-03-11"), ("GMB", "2025-03-12")]


def test_a_subject_told_by_description_is_the_storys_man():
    events = _events("South Korean President Lee Jae-myung arrived in Tokyo on Saturday for talks on trade. Hours after "
                     "landing, the former governor of Gyeonggi province held talks with Prime Minister Shigeru Ishiba.",
                     "2025-08-24")
    assert [e.countries for e in events if e.type == "Meeting"] == [("JPN", "KOR")]


@pytest.mark.parametrize("text, expected", [
    ("King Mohammed VI welcomed French President Emmanuel Macron at Rabat-Sale airport on Monday.",
     [("FRA", "MAR", "2024-10-28")]),
    ("Beijing's top diplomat Wang Yi spent two days in New Delhi from October 21, holding talks with Indian officials.",
     [("CHN", "IND", "2024-10-21")]),
])
def test_visits_told_by_a_welcome_at_the_airport_or_days_spent(text, expected):
    events = _events(text, "2024-10-29")
    assert [(e.guest, e.host, e.date.value) for e in events if e.type == "Visit"] == expected


def test_the_two_prime_ministers_talks_stay_apart_from_a_call_on_the_president():
    events = _events("PORT LOUIS, March 11, 2025 - Indian Prime Minister Narendra Modi arrived in Mauritius on Tuesday "
                     "on the invitation of Prime Minister Navinchandra Ramgoolam. Modi called on President Dharam Gokhool "
                     "at the State House on Tuesday. The two prime ministers held talks at the Prime Minister's Office "
                     "later in the day.")
    meetings = [e for e in events if e.type == "Meeting"]
    assert len(meetings) == 2 and {frozenset(e.persons) for e in meetings} == {
        frozenset({"Narendra Modi", "Dharam Gokhool"}), frozenset({"Narendra Modi", "Navin Ramgoolam"})}


@pytest.mark.parametrize("text, earlier", [
    ("French President Emmanuel Macron arrived in Rabat on Monday. The visit is Macron's first to Morocco since "
     "November 2018, when he and the king inaugurated the high-speed line.", [("FRA", "MAR", "2018-11")]),
    ("Russian President Vladimir Putin arrived in Dushanbe on Wednesday for his first visit to Tajikistan since June "
     "2022.", [("RUS", "TJK", "2022-06")]),
    ("Brazilian President Lula arrived in Santiago on Sunday, his first trip to Chile since returning to office in "
     "January 2023.", []),
    ("Hungarian Prime Minister Viktor Orban arrived in Kyiv on Tuesday, his first visit to Ukraine since Russia's "
     "invasion in 2022.", []),
])
def test_a_first_visit_since_a_date_implies_the_visit_then(text, earlier):
    events = _events(text, "2025-10-10")
    assert [(e.guest, e.host, e.date.value) for e in events if e.type == "Visit" and e.background] == earlier


def test_a_sanctions_history_told_in_the_passive_and_a_veto():
    events = _events("The Security Council today extended for another year the targeted sanctions regime on Haiti. Six more "
                     "individuals were added to the list in December 2023. China and Russia vetoed a resolution to tighten "
                     "the sanctions in May 2022.", "2024-10-17")
    assert [(e.countries, e.organization, e.date.value) for e in events] == [
        (("HTI",), "UNSC", "2024-10-17"), (("HTI",), "UNSC", "2023-12")]


def test_a_traveller_told_by_description_is_the_storys_man():
    events = _events("Indonesian President Prabowo Subianto took office in October. The former special forces general "
                     "travelled to Beijing on Nov. 8 and met Chinese President Xi Jinping, before flying on to Washington, "
                     "where he met President Joe Biden.", "2024-11-20")
    assert [(e.guest, e.host) for e in events if e.type == "Visit"][:1] == [("IDN", "CHN")]


def test_the_subject_stays_the_traveller_after_a_sentence_that_names_his_host_as_object():
    events = _events("Spain's Foreign Minister José Manuel Albares arrived in Dakar on Tuesday. After talks with President "
                     "Bassirou Diomaye Faye, he signed a memorandum on migration. He ended the tour in Banjul on Wednesday "
                     "with a courtesy call on President Adama Barrow.", "2025-03-16")
    assert [(e.guest, e.host) for e in events if e.type == "Visit"] == [("ESP", "SEN"), ("ESP", "GMB")]


def test_a_meeting_due_on_the_sidelines_makes_no_gathering():
    events = _events("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan were due to meet "
                     "on the sidelines of the UN General Assembly in New York on Wednesday.", "2025-09-20")
    assert [e for e in events if not e.planned] == []


def test_a_headline_and_the_body_telling_one_signing_are_one_event():
    doc = Document("TBILISI DAILY POST\nTuesday, November 18, 2025\nPOLITICS | REGION\n\n"
                   "Kobakhidze, Aliyev sign deals on new Kura bridge and power link in Baku\n\nGeorgian Prime Minister "
                   "Irakli Kobakhidze held talks with Azerbaijani President Ilham Aliyev in Baku on Monday.\n\nFollowing "
                   "the talks, Kobakhidze and Aliyev attended the signing of five documents.", "t.txt", "t.txt",
                   published=dt.date(2025, 11, 18))
    assert len([e for e in extract_document(doc).events if e.type == "AgreementSigning"]) == 1


def test_who_looked_on_as_others_signed_is_no_party():
    events = _events("Within hours, US President Donald Trump and Malaysian Prime Minister Anwar Ibrahim looked on as Thai "
                     "Prime Minister Anutin Charnvirakul and his Cambodian counterpart Hun Manet signed a peace declaration.",
                     "2025-10-27")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("KHM", "THA")]


def test_a_clause_after_the_signing_names_no_party():
    events = _events("Saudi Arabia and Pakistan signed a defence pact in Riyadh on Wednesday. The pact was signed eight days "
                     "after Israel struck Hamas negotiators in Doha.", "2025-09-18")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("PAK", "SAU")]


@pytest.mark.parametrize("text, expected", [
    ("New Zealand Foreign Minister Winston Peters was due to fly on to Ottawa later on Thursday for talks with Canadian "
     "Foreign Minister Anita Anand.", []),
    ("Negotiations with France on a similar agreement are under way, Philippine officials said.", []),
    ("New Zealand Foreign Minister Winston Peters met US Secretary of State Marco Rubio in Washington, with trade and "
     "China's rise on the agenda.", [("Meeting", ("NZL", "USA")), ("Visit", ("NZL", "USA"))]),
])
def test_talks_planned_ongoing_or_about_a_country(text, expected):
    assert [(e.type, e.countries) for e in _events(text, "2025-09-05") if not e.planned] == expected


@pytest.mark.parametrize("text, expected", [
    ("On Thursday evening, Guatemalan Foreign Minister Carlos Ramiro Martinez held a working dinner with his Taiwanese "
     "counterpart Lin Chia-lung.", (("GTM", "TWN"), None)),
    ("The next day, October 16, President Donald Trump spent more than two hours on the telephone with Russian President "
     "Vladimir Putin.", (("RUS", "USA"), None)),
    ("The same afternoon, Trump welcomed NATO Secretary-General Mark Rutte to the Oval Office.", (("USA",), "NATO")),
])
def test_meetings_over_dinner_on_the_telephone_and_in_the_oval_office(text, expected):
    assert [(e.countries, e.organization) for e in _events(text, "2025-10-18") if e.type == "Meeting"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("CEYLON MORNING NEWS\nTuesday, May 6, 2025\n\nSri Lankan President Anura Kumara Dissanayake held talks with "
     "Vietnamese President Luong Cuong in Hanoi yesterday.\n\nLater in the day, Dissanayake met Vietnamese Prime "
     "Minister Pham Minh Chinh.", ["2025-05-05", "2025-05-05"]),
    ("Hungarian Prime Minister Viktor Orban met Uzbek President Shavkat Mirziyoyev on Monday. He arrived in Bishkek on "
     "Tuesday and held talks that evening with Kyrgyz President Sadyr Japarov.", ["2025-05-05", "2025-05-06"]),
])
def test_later_in_the_day_and_that_evening(text, expected):
    events = _events(text, "2025-05-06")
    assert [e.date.value for e in events if e.type == "Meeting"] == expected


def test_came_to_a_country_is_a_visit_there():
    events = _events("French President Emmanuel Macron last came to Morocco in November 2018, when he and his host "
                     "inaugurated the rail line. Macron came to power in 2017.", "2024-10-30")
    assert [(e.guest, e.host, e.date.value) for e in events if e.type == "Visit"] == [("FRA", "MAR", "2018-11")]


@pytest.mark.parametrize("text", [
    "Leaders of Brazil and India will meet again: the G20 leaders' summit is scheduled for Nov. 22-23 in Johannesburg.",
    "The foreign ministers of China and Russia are preparing for the SCO summit to be held in Tianjin from August 31.",
])
def test_a_summit_scheduled_or_to_be_held_is_a_plan(text):
    assert [e.type for e in _events(text, "2024-11-01") if e.type == "Summit" and not e.planned] == []


def test_a_described_traveller_flying_on_and_meeting_where_he_landed():
    events = _events("Indonesian President Prabowo Subianto took office in October. The former special forces general "
                     "travelled to Beijing on Nov. 8 and met Chinese President Xi Jinping, before flying on to "
                     "Washington, where he met President Joe Biden at the White House on Nov. 12.", "2024-11-20")
    assert sorted((e.type, e.countries, e.date.value) for e in events) == [
        ("Meeting", ("CHN", "IDN"), "2024-11-08"), ("Meeting", ("IDN", "USA"), "2024-11-12"),
        ("Visit", ("IDN", "CHN"), "2024-11-08"), ("Visit", ("IDN", "USA"), "2024-11-12")]


@pytest.mark.parametrize("text", [
    "On Sunday, South Korean President Lee Jae-myung is scheduled to meet Korean residents in Japan and lawmakers of "
    "the Japan-Korea league before flying to Washington.",
    "Brazilian President Lula flies on to Abu Dhabi on Saturday.",
])
def test_flying_on_in_a_plan_is_planned(text):
    assert [e for e in _events(text, "2025-08-15") if e.type == "Visit" and not e.planned] == []


def test_a_plan_for_exchanges_signed_is_an_agreement():
    events = _events("Belarusian Foreign Minister Maxim Ryzhenkov held talks with North Korean Foreign Minister Choe Son Hui "
                     "in Pyongyang on July 21. After the talks, a plan for exchange between the Ministry of Foreign Affairs "
                     "of the DPRK and the Ministry of Foreign Affairs of Belarus for 2025-2026 was signed.", "2025-07-22")
    assert [(e.countries, e.date.value) for e in events if e.type == "AgreementSigning"] == [(("BLR", "PRK"), "2025-07-21")]


def test_a_call_the_host_recalled_is_no_day_the_story_stands_on():
    text = ("Baku, March 4, AZERTAC\n\nPresident Ilham Aliyev has received Serbian Foreign Minister Marko Djuric, who is on "
            "a working visit to Azerbaijan.\n\nThe head of state recalled with pleasure his telephone conversation with "
            "President Aleksandar Vucic last Tuesday.\n\nEarlier in the day, Azerbaijani Foreign Minister Jeyhun Bayramov "
            "and Marko Djuric held talks.")
    meetings = sorted((e.date.value, tuple(e.persons)) for e in _events(text, "2025-03-04") if e.type == "Meeting")
    assert [d for d, persons in meetings if "Jeyhun Bayramov" in persons] == ["2025-03-04"]
    assert "2025-02-25" in [d for d, _ in meetings]  # the call itself keeps its day


def test_a_fronted_day_without_an_event_is_the_day_earlier_in_the_day_means():
    text = ("ASTANA, 8 October 2024. President of Kazakhstan Kassym-Jomart Tokayev held talks with Prime Minister of "
            "Hungary Viktor Orban.\n\nThe Hungarian Prime Minister arrived in the Kazakh capital late on Monday.\n\n"
            "On Tuesday morning, an official welcoming ceremony took place at the Akorda.\n\n"
            "Earlier in the day, Viktor Orban met with Prime Minister of Kazakhstan Olzhas Bektenov.")
    meetings = [e for e in _events(text) if e.type == "Meeting" and "Olzhas Bektenov" in e.persons]
    assert [e.date.value for e in meetings] == ["2024-10-08"]


def test_a_visit_that_began_on_a_day_is_dated_from_that_day():
    events = _events("Iranian President Ebrahim Raisi travelled to Colombo on Wednesday. He had concluded a three-day "
                     "official visit to Pakistan that began on Monday.", "2024-04-24")
    assert [e.date.value for e in events if e.type == "Visit" and e.host == "PAK"] == ["2024-04-22"]


@pytest.mark.parametrize("described", ["The leaders of the two countries then held talks", "The two leaders then held talks"])
def test_the_two_leaders_talks_stay_apart_from_the_guests_call_on_the_prime_minister(described):
    text = ("Latvian President Edgars Rinkevics arrived in Tashkent for a state visit at the invitation of President "
            f"Shavkat Mirziyoyev. {described} in a narrow format on 21 May.\n\nOn the same day, President Edgars Rinkevics "
            "met with the Prime Minister of Uzbekistan Abdulla Aripov.")
    meetings = [e for e in _events(text, "2025-05-21") if e.type == "Meeting"]
    assert sorted(sorted(e.persons) for e in meetings) == [["Abdulla Aripov", "Edgars Rinkēvičs"],
                                                           ["Edgars Rinkēvičs", "Shavkat Mirziyoyev"]]


def test_an_airport_before_the_title_is_no_person():
    from kg.documents import Document

    doc = Document("Upon arrival at Djibouti-Ambouli International Airport, the Prime Minister was welcomed by Prime "
                   "Minister of Djibouti Abdoulkader Kamil Mohamed.", "t.txt", "t.txt")
    assert "Djibouti-Ambouli International Airport" not in extract_document(doc).mentions.persons


@pytest.mark.parametrize("text, expected", [
    ("ASEAN was founded in 1967. Laos and Myanmar were admitted together on 23 July 1997.",
     [("LAO", "ASEAN", "1997-07-23"), ("MMR", "ASEAN", "1997-07-23")]),
    ("The WTO has 166 members. Kazakhstan had joined the previous year, on Nov. 30, 2015.", [("KAZ", "WTO", "2015-11-30")]),
    ("Bulgaria switched to the euro on 1 January 2026, becoming the 21st country to use the single currency.",
     [("BGR", "EUROZONE", "2026-01-01")]),
    ("Croatia entered the Schengen area of passport-free travel on 1 January 2023.", [("HRV", "SCHENGEN", "2023-01-01")]),
    ("The euro fell against the dollar after Germany adopted the euro rules.", []),
    ("Two suspects were admitted to hospital in Paris.", []),
])
def test_accessions_told_as_admitted_adopting_the_euro_or_entering_schengen(text, expected):
    events = _events(text, "2026-01-02")
    assert sorted((e.countries[0], e.organization, e.date.value) for e in events if e.type == "Accession") == expected


def test_a_designated_foreign_national_makes_his_country_a_target():
    events = _events("The U.S. Treasury on Tuesday sanctioned a North Korean network of IT workers. In addition, OFAC "
                     "designated Gayk Asatryan, a Russian national, and two Russia-based companies he owns.", "2025-07-09")
    assert sorted(e.countries for e in events if e.type == "Sanction") == [("PRK", "USA"), ("RUS", "USA")]


def test_an_earlier_listing_naming_no_country_keeps_the_storys_first_target():
    events = _events("The U.S. Treasury on Tuesday sanctioned a North Korean network of IT workers. In addition, OFAC "
                     "designated Gayk Asatryan, a Russian national. On May 23, 2023, OFAC designated Chinyong Information "
                     "Technology Cooperation Company and its officials.", "2025-07-09")
    assert [e.countries for e in events if e.type == "Sanction" and e.date.value == "2023-05-23"] == [("PRK", "USA")]


@pytest.mark.parametrize("second", [
    "Chinese President Xi Jinping and the presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan also took part.",
    "Around the table sat Kazakhstan's Kassym-Jomart Tokayev, Kyrgyzstan's Sadyr Japarov, Tajikistan's Emomali Rahmon "
    "and Uzbekistan's Shavkat Mirziyoyev, with Xi Jinping of China.",
])
def test_a_summits_participants_listed_after_it(second):
    events = _events("Russian President Vladimir Putin hosted the summit of the Shanghai Cooperation Organisation in Moscow "
                     f"on Tuesday. {second}", "2025-07-09")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert set(summit.countries) >= {"RUS", "KAZ", "KGZ", "TJK", "UZB"}


@pytest.mark.parametrize("second", [
    "The emir of Qatar, the emir of Kuwait and the king of Bahrain attended. Oman and the United Arab Emirates were "
    "represented by senior members of their ruling families.",
    "The emir of Qatar, the emir of Kuwait and the king of Bahrain attended, as did senior royals from the United Arab "
    "Emirates and Oman.",
])
def test_countries_represented_at_a_summit_took_part(second):
    events = _events("RIYADH, Dec 3 - Gulf Arab leaders met in Riyadh on Tuesday for the annual summit of the Gulf "
                     f"Cooperation Council, hosted by Saudi Crown Prince Mohammed bin Salman. {second}", "2024-12-03")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert summit.countries == ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU")


def test_a_leader_who_stayed_away_but_sent_a_deputy_took_part_in_the_summit():
    events = _events("ABUJA, June 22 - West African leaders gathered in the Nigerian capital on Sunday for the ordinary "
                     "summit of ECOWAS. Ghana's President John Mahama and Senegal's President Bassirou Diomaye Faye attended. "
                     "Ivory Coast's President Alassane Ouattara did not attend and was represented by Vice-President "
                     "Tiemoko Meyliet Kone.", "2025-06-22")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert summit.countries == ("CIV", "GHA", "NGA", "SEN")


def test_a_meeting_with_the_leaders_of_many_countries_is_one_meeting():
    events = _events("President Joe Biden convened an emergency meeting early on Wednesday with the leaders of Canada, "
                     "France, Germany, Italy, Japan, Spain, the Netherlands and Britain in Bali.", "2022-11-16")
    assert [e.countries for e in events if e.type == "Meeting"] == [
        ("CAN", "DEU", "ESP", "FRA", "GBR", "ITA", "JPN", "NLD", "USA")]


def test_hosting_many_leaders_for_a_meeting_is_no_set_of_bilateral_talks():
    events = _events("French President Emmanuel Macron hosted Donald Trump, British Prime Minister Boris Johnson, German "
                     "Chancellor Angela Merkel and Japanese Prime Minister Shinzo Abe for the three-day meeting, which opened "
                     "with a dinner at the Biarritz lighthouse on Saturday.", "2019-08-26")
    assert [e.countries for e in events if e.type == "Meeting" and len(e.countries) == 2] == []


def test_the_commonwealth_admits_members_and_stays_apart_from_the_cis():
    events = _events("Commonwealth leaders meeting in Rwanda on Friday admitted Gabon and Togo as members. Leaders of the "
                     "Commonwealth of Independent States gathered in Dushanbe on Friday.", "2022-06-25")
    assert sorted((e.countries, e.organization) for e in events if e.type == "Accession") == [
        (("GAB",), "COMMONWEALTH"), (("TGO",), "COMMONWEALTH")]


def test_a_prince_is_not_a_president_who_shares_his_first_name():
    from kg.documents import Document

    doc = Document("The meeting was opened in Kigali by Prince Charles, representing the Queen. Charles, who arrived on "
                   "Tuesday, spoke of slavery.", "t.txt", "t.txt", published=dt.date(2022, 6, 24))
    assert "Charles Savarin" not in extract_document(doc).mentions.persons


@pytest.mark.parametrize("text, expected", [
    ("Finland, whose process moved faster, became NATO's 31st member on April 4 this year.", [("FIN", "NATO", "2023-04-04")]),
    ("Arab League foreign ministers meeting in Cairo on May 7 voted to readmit Syria.", [("SYR", "LAS", "2023-05-07")]),
])
def test_becoming_the_organisations_nth_member_and_being_readmitted(text, expected):
    events = _events(text, "2023-07-12")
    assert [(e.countries[0], e.organization, e.date.value) for e in events if e.type == "Accession"] == expected


@pytest.mark.parametrize("text, expected", [
    # no weekday to tell the year: the year the story names last as past
    ("ASTANA, 4 July (Kazinform) - Belarus today became the tenth member of the SCO at the 2024 summit in Astana. "
     "The republic applied for membership in 2022.", "2024-07-04"),
    # "Last year, on 4 July 2023" makes the story's year 2024, though it names 2025 as the next summit's
    ("ASTANA, 4 July (Kazinform) - Belarus today became a full member of the SCO. Last year, on 4 July 2023, Iran "
     "became a member. The next SCO summit will be held in China in 2025.", "2024-07-04"),
    ("ASTANA, 4 July (Kazinform) - Belarus today became a full member of the SCO. It applied in 2022. The next summit "
     "will be held in China in 2025.", "2022-07-04"),
])
def test_a_dateline_without_year_or_weekday_takes_the_years_the_story_names(text, expected):
    assert [e.date.value for e in _events(text) if e.type == "Accession" and e.countries == ("BLR",)] == [expected]


def test_a_visit_made_where_the_traveller_came_from():
    events = _events("South Korean President Yoon Suk Yeol arrived in Vientiane on Wednesday. Yoon arrived from Singapore, "
                     "where he made a state visit earlier this week.", "2024-10-10")
    assert sorted((e.guest, e.host, e.date.value) for e in events if e.type == "Visit") == [
        ("KOR", "LAO", "2024-10-09"), ("KOR", "SGP", "2024-10")]


def test_a_sentence_naming_three_leaders_in_a_summit_story_names_participants():
    events = _events("BUENOS AIRES, Jan 24 (Wire) - Latin American leaders opened the CELAC summit in Buenos Aires on "
                     "Tuesday. Argentine President Alberto Fernandez welcomed Colombian President Gustavo Petro, Chilean "
                     "President Gabriel Boric and Bolivian President Luis Arce to the Sheraton hotel.", "2023-01-24")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert {"ARG", "BOL", "CHL", "COL"} <= set(summit.countries)


@pytest.mark.parametrize("text, expected", [
    ("Last Wednesday, Felix Tshisekedi and Paul Kagame met in Luanda under the mediation of the Angolan President Joao "
     "Lourenco.", [("AGO", "COD", "RWA")]),
    ("Pakistan and Afghanistan agreed to a ceasefire on Sunday after talks in Doha mediated by Qatar and Turkey.",
     [("AFG", "PAK", "QAT", "TUR")]),
    ("Tokyo has imposed successive rounds of sanctions since Russia's full-scale invasion in February 2022, and the "
     "latest package was approved at a cabinet meeting chaired by Prime Minister Shigeru Ishiba.", []),
])
def test_mediators_take_part_and_a_cabinet_meeting_is_no_talks(text, expected):
    assert [e.countries for e in _events(text, "2025-01-12") if e.type == "Meeting"] == expected


def test_a_courtesy_call_on_the_head_of_government_is_a_meeting_of_its_own():
    text = ("DHAKA, Feb 18 (BSS) - Bhutanese Foreign Minister D.N. Dhungyel arrived in Dhaka on Tuesday. Earlier, the two "
            "sides held a bilateral meeting on trade. Later, the Bhutanese foreign minister paid a courtesy call on Chief "
            "Adviser Professor Muhammad Yunus at his office.")
    meetings = [e for e in _events(text, "2025-02-18") if e.type == "Meeting"]
    assert len(meetings) == 2 and {e.countries for e in meetings} == {("BGD", "BTN")}


@pytest.mark.parametrize("text, expected", [
    ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping attended the BRICS summit in Johannesburg. On "
     "the sidelines, Modi and Xi held a brief conversation on Thursday.", ("CHN", "IND")),
    ("On the eve of the summit, Turkish President Recep Tayyip Erdogan sat down with Swedish Prime Minister Ulf "
     "Kristersson in Vilnius on Monday.", ("SWE", "TUR")),
])
def test_a_brief_conversation_and_sitting_down_with_are_talks(text, expected):
    assert expected in [e.countries for e in _events(text, "2023-08-26") if e.type == "Meeting"]


def test_the_two_countries_after_the_trigger_are_the_sentences_own_pair():
    text = ("On Monday evening, U.S. President Joe Biden and Chinese President Xi Jinping held their first in-person "
            "meeting as leaders. Xi kept up the pace on Tuesday. He met Australian Prime Minister Anthony Albanese, the "
            "first meeting between leaders of the two countries since 2016, and French President Emmanuel Macron.")
    meetings = sorted(e.countries for e in _events(text, "2022-11-17") if e.type == "Meeting")
    assert ("AUS", "CHN") in meetings and meetings.count(("CHN", "USA")) == 1


def test_both_family_names_without_the_given_name_are_the_known_person():
    from kg.documents import Document

    doc = Document("Cuban Prime Minister Manuel Marrero Cruz arrived in Hanoi on Tuesday. Prime Minister Marrero Cruz "
                   "later paid a courtesy call on General Secretary To Lam.", "t.txt", "t.txt", published=dt.date(2025, 6, 11))
    extraction = extract_document(doc)
    assert "Marrero Cruz" not in extraction.mentions.persons
    assert ("CUB", "VNM") in [e.countries for e in extraction.events if e.type == "Meeting"]


def test_a_visit_concluded_where_the_traveller_flew_in_from():
    events = _events("Iranian President Ebrahim Raisi travelled to Colombo on Wednesday from Pakistan, where he concluded "
                     "a three-day official visit that began on Monday.", "2024-04-24")
    assert sorted((e.guest, e.host) for e in events if e.type == "Visit") == [("IRN", "LKA"), ("IRN", "PAK")]
    assert [e.date.value for e in events if e.type == "Visit" and e.host == "PAK"] == ["2024-04-22"]


@pytest.mark.parametrize("text, expected", [
    ("Britain, Canada and Australia announced coordinated measures the same day, targeting arms suppliers to the "
     "Myanmar military.", [("AUS", "MMR"), ("CAN", "MMR"), ("GBR", "MMR")]),
    ("Moscow barred Biden himself, along with Secretary of State Antony Blinken and other senior officials, from "
     "entering Russia in March 2022.", [("RUS", "USA")]),
    ("The club banned the player from entering the stadium.", []),
])
def test_measures_targeting_and_barring_officials_from_entering_are_sanctions(text, expected):
    assert sorted(e.countries for e in _events(text, "2024-02-01") if e.type == "Sanction") == expected


def test_a_story_that_dates_none_of_its_facts_tells_of_its_own_day():
    events = _events("Meeting in an emergency summit in the Nigerian capital, the heads of state of the Economic Community "
                     "of West African States (ECOWAS) ordered the closure of borders with Niger.", "2023-07-30")
    assert [(e.type, e.date.value) for e in events if e.type == "Summit"] == [("Summit", "2023-07-30")]


@pytest.mark.parametrize("text, expected", [
    ("The Security Council on Friday imposed a travel ban and asset freeze on Haitian gang leader Jimmy Cherizier.",
     [("HTI",)]),
    ("The EU imposed sanctions on whole sectors of the Belarusian economy on Thursday, including potash.", [("BLR",)]),
    ("Russia on Friday banned 500 Americans, including former President Barack Obama, from entering the country.",
     [("RUS", "USA")]),
])
def test_sanction_targets_told_as_a_gang_leader_an_economy_or_a_people(text, expected):
    assert [e.countries for e in _events(text, "2022-08-13") if e.type == "Sanction"] == expected


def test_an_abbreviation_before_a_title_and_her_visit():
    from kg.documents import Document

    extraction = extract_document(Document("China sanctioned U.S. House Speaker Nancy Pelosi on August 5 over her visit "
                                           "to Taiwan.", "t.txt", "t.txt", published=dt.date(2022, 8, 13)))
    assert extraction.mentions.persons["Nancy Pelosi"].country == "USA"  # "U.S. House" ends no sentence
    assert sorted(e.countries for e in extraction.events) == [("CHN", "USA"), ("USA", "TWN")]  # her visit, not China's


def test_a_yearless_dateline_naming_city_and_country():
    events = _events("KAZAN, Russia, Oct 23 (South Asia Wire) - Prime Minister Narendra Modi held talks with Chinese "
                     "President Xi Jinping on Wednesday. Their last formal talks were in Mahabalipuram in October 2019.")
    assert ("Meeting", ("CHN", "IND"), "2024-10-23", False) in _summary(events)


def test_a_yearless_dateline_of_two_cities():
    events = _events("MOSCOW/BUDAPEST, July 5 (Reuters) - Hungarian Prime Minister Viktor Orban held talks with Russian "
                     "President Vladimir Putin in the Kremlin on Friday.\n\nIt was Orban's first visit to Russia since "
                     "October 2023, when he met Putin at a forum in Beijing.")
    assert ("Meeting", ("HUN", "RUS"), "2024-07-05", False) in _summary(events)


@pytest.mark.parametrize("text, expected", [
    ("U.S. expands Iran oil sanctions in response to missile attack on Israel", [("IRN", "USA")]),
    ("The United States imposed sanctions on Iran's oil sector on Friday over the missile attack on Israel.",
     [("IRN", "USA")]),
])
def test_a_sanctions_reason_names_no_target(text, expected):
    assert [e.countries for e in _events(text, "2024-10-12") if e.type == "Sanction"] == expected


def test_touring_countries_is_a_visit_to_each():
    events = _events("It came less than three weeks after Russian Foreign Minister Sergei Lavrov toured Egypt, the Republic "
                     "of the Congo, Uganda and Ethiopia in July.", "2022-08-11")
    assert sorted(e.host for e in events if e.type == "Visit" and e.guest == "RUS") == ["COG", "EGY", "ETH", "UGA"]


def test_holding_a_strategic_dialogue_is_a_meeting():
    events = _events("Foreign Minister Penny Wong flew to Beijing on December 20, 2022, and held the Foreign and Strategic "
                     "Dialogue with Chinese Foreign Minister Wang Yi.", "2024-06-10")
    assert ("Meeting", ("AUS", "CHN"), "2022-12-20", False) in _summary(events)


def test_a_gathering_known_by_one_country_does_not_stop_the_summit_taking_its_participants():
    text = ("KAZAN, Oct 24, 2024 (Wire) - Indian Prime Minister Narendra Modi arrived in Kazan for the BRICS summit with "
            "Chinese President Xi Jinping and Russian President Vladimir Putin on Tuesday. External Affairs Minister S. "
            "Jaishankar attended the SCO summit last week. On Wednesday Modi joined Putin, Xi, South African "
            "President Cyril Ramaphosa and Iran's Masoud Pezeshkian for the summit's plenary session.")
    summits = [e for e in _events(text) if e.type == "Summit" and e.organization == "BRICS"]
    assert summits and {"ZAF", "IRN"} <= set(summits[0].countries)


def test_a_year_told_again_to_the_day_dates_by_the_day():
    events = _events("Last year, on 4 July 2023, Iran became a full member of the organisation at the SCO summit.", "2024-07-04")
    assert [e.date.value for e in events if e.type == "Accession"] == ["2023-07-04"]


def test_two_accessions_of_the_datelines_day_and_one_told_after():
    events = _events("ZAGREB, Jan 1, 2023 (Adriatic Press) - Croatia adopted the euro and joined Europe's passport-free "
                     "Schengen area at midnight, nearly a decade after it joined the European Union in July 2013.\n\n"
                     "Croatia's entry into Schengen was approved by EU interior ministers at a meeting in Brussels on "
                     "December 8.")
    # (and "after it joined the European Union in July 2013" is Croatia's earlier joining, of that month)
    assert sorted((e.organization, e.date.value) for e in events if e.type == "Accession") == [
        ("EU", "2013-07"), ("EUROZONE", "2023-01-01"), ("SCHENGEN", "2023-01-01")]


@pytest.mark.parametrize("text, expected", [
    ("Japan froze the assets of 11 Russian individuals on Friday.", [("JPN", "RUS")]),
    ("ECOWAS lifted most of the sanctions imposed on Niger.", []),
    ("The United States lifted sanctions on the bank but imposed new ones on Venezuelan officials.", [("USA", "VEN")]),
])
def test_frozen_assets_and_lifted_sanctions(text, expected):
    assert [e.countries for e in _events(text, "2024-06-25") if e.type == "Sanction"] == expected


def test_sanctions_imposed_by_an_agent_named_after_the_target():
    events = _events("New sanctions were imposed on Iran by the United States on Friday.", "2024-06-25")
    assert [(e.imposers, e.targets) for e in events if e.type == "Sanction"] == [(("USA",), ("IRN",))]


@pytest.mark.parametrize("text, expected", [
    ("Chinese Foreign Minister Wang Yi is in Pakistan for talks with Foreign Minister Ishaq Dar.", [("CHN", "PAK")]),
    ("U.S. President Joe Biden met Erdogan on Monday. The larger prize is in Washington, analysts say.", []),
])
def test_a_person_who_is_in_a_country_is_visiting_it(text, expected):
    assert [(e.guest, e.host) for e in _events(text, "2024-06-25") if e.type == "Visit"] == expected


def test_flying_home_after_a_visit_of_days_dates_its_first_day():
    events = _events("The Kenyan president flew home on Wednesday after a three-day state visit to the United States.",
                     "2024-06-26")
    assert [e.date.value for e in events if e.type == "Visit"] == ["2024-06-24"]


@pytest.mark.parametrize("text, expected", [
    ("German Chancellor Olaf Scholz welcomed Kenyan President William Ruto to Berlin on Friday.",
     [("Visit", ("KEN", "DEU"), "2024-06-21", False)]),
    ("Indian External Affairs Minister S. Jaishankar called his Chinese counterpart Wang Yi on Tuesday.",
     [("Meeting", ("CHN", "IND"), "2024-06-25", False)]),
    ("The so-called President Trump doctrine was discussed at length.", []),
])
def test_welcoming_a_guest_to_a_capital_and_calling_a_counterpart(text, expected):
    assert _summary(_events(text, "2024-06-26")) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Philippine and Japanese defence ministers signed a reciprocal access agreement in Manila on Monday.",
     [("AgreementSigning", ("JPN", "PHL"))]),
    ("Latin American and Caribbean leaders gathered in Buenos Aires on Tuesday for the summit of CELAC.", []),
])
def test_two_demonyms_before_ministers_and_a_region_is_no_country(text, expected):
    events = _events(text, "2024-07-10")
    assert [(e.type, e.countries) for e in events if e.type != "Summit"] == expected
    assert all("USA" not in e.countries for e in events)


@pytest.mark.parametrize("text, name", [
    ("The speakers were Chinese Vice Premier Ding Xuexiang. Putin held talks with Ding at the forum.", "Ding Xuexiang"),
    ("Tanzania was represented by Hon. Liberata Mulamula, the foreign minister.", "Liberata Mulamula"),
])
def test_a_name_ends_where_its_sentence_ends(text, name):
    from kg.documents import Document

    assert name in extract_document(Document(text, "t.txt", "t.txt")).mentions.persons


def test_a_deputy_president_is_no_head_of_state():
    from kg.documents import Document

    persons = extract_document(Document("South African Deputy President Paul Mashatile spoke at the forum.", "t.txt",
                                        "t.txt")).mentions.persons
    assert (persons["Paul Mashatile"].country, persons["Paul Mashatile"].role) == ("ZAF", "other")


def test_an_envoy_of_a_named_leader_is_of_that_leader_s_country():
    persons = extract_document(Document(
        "Last Saturday in Muscat, Iran's Araghchi and Trump's envoy Steve Witkoff held talks.", "t.txt", "t.txt",
        published=dt.date(2025, 4, 18))).mentions.persons
    assert persons["Steve Witkoff"].country == "USA"


def test_a_country_told_with_a_title_outweighs_the_nearest_country_guessed_before():
    persons = extract_document(Document(
        "Iran welcomed Special Envoy Fayyad al-Ruwaili on Monday. Saudi Special Envoy Fayyad al-Ruwaili then flew home.", "t.txt", "t.txt",
        published=dt.date(2024, 11, 18))).mentions.persons
    assert persons["Fayyad al-Ruwaili"].country == "SAU"


def test_a_date_of_a_person_s_career_in_an_aside_dates_no_act():
    events = _events("Egyptian President Sisi held talks with Turkish President Erdogan on Wednesday. Egyptian Foreign "
                     "Minister Badr Abdelatty, who took up his post in July, held talks with Turkish Foreign Minister "
                     "Hakan Fidan.", "2024-09-05")
    assert {e.date.value for e in events if e.type == "Meeting"} == {"2024-09-04"}


def test_a_story_told_of_an_earlier_trip_goes_on_in_its_next_sentence():
    text = ("ANKARA, Sept 4 (Wire) - Egyptian President Abdel Fattah al-Sisi held talks with Turkish President Tayyip "
            "Erdogan in Ankara on Wednesday.\n\nErdogan went to Cairo in February, his first trip to Egypt since 2012. "
            "He held talks with Sisi at the Ittihadiya palace, and the two presidents signed a joint declaration that "
            "revived the strategic council which met for the first time on Wednesday.")
    assert _summary(_events(text, "2024-09-04")) == [
        ("AgreementSigning", ("EGY", "TUR"), "2024-02", False), ("Meeting", ("EGY", "TUR"), "2024-02", False),
        ("Meeting", ("EGY", "TUR"), "2024-09-04", False), ("Visit", ("EGY", "TUR"), "2024-09-04", False),
        ("Visit", ("TUR", "EGY"), "2024-02", False)]


@pytest.mark.parametrize("text, expected", [
    ("ANKARA - Turkey has stopped all exports to and imports from Israel, its trade ministry said on Thursday.",
     [("Sanction", ("ISR", "TUR"), "2024-05-02", False)]),
    ("Saudi Arabia and Bahrain cut diplomatic ties with Qatar on June 5, 2017, and imposed a land, sea and air "
     "embargo on it, accusing Doha of supporting terrorism.",
     [("Sanction", ("BHR", "QAT"), "2017-06-05", False), ("Sanction", ("QAT", "SAU"), "2017-06-05", False)]),
    ("Houthi attacks halted trade through the Red Sea on Monday.", []),
])
def test_a_halt_of_trade_and_an_embargo_on_the_country_just_named_are_sanctions(text, expected):
    assert _summary(_events(text, "2024-05-03")) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Trump administration, which on January 20 returned Cuba to the State Department's list of state sponsors "
     "of terrorism, reversed a decision taken by Joe Biden as part of a deal with the Vatican.",
     [("Sanction", ("CUB", "USA"), "2025-01-20", False)]),
    ("On February 25, the State Department expanded a visa restriction policy to cover Cuban officials.",
     [("Sanction", ("CUB", "USA"), "2025-02-25", False)]),
])
def test_a_country_returned_to_a_list_and_a_visa_restriction_policy_are_sanctions(text, expected):
    assert _summary(_events(text, "2025-03-01")) == expected


def test_a_flight_across_a_mountain_range_to_a_city_is_a_visit():
    events = _events("German Chancellor Olaf Scholz arrived in Brazil on Monday. On Sunday the chancellor flew across "
                     "the Andes to Santiago, where President Gabriel Boric received him.", "2023-01-31")
    assert ("Visit", ("DEU", "CHL"), "2023-01-29", False) in _summary(events)


@pytest.mark.parametrize("text, visit", [
    ("German Chancellor Olaf Scholz arrived in Brazil on Monday. In Buenos Aires on Saturday he met Argentine "
     "President Alberto Fernandez at the Casa Rosada.", ("Visit", ("DEU", "ARG"), "2023-01-28", False)),
    ("Algerian Foreign Minister Ahmed Attaf held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on "
     "Saturday.", ("Visit", ("DZA", "EGY"), "2023-01-28", False)),
])
def test_talks_in_one_side_s_city_tell_the_other_side_s_visit(text, visit):
    assert visit in _summary(_events(text, "2023-01-31"))


@pytest.mark.parametrize("text", [
    "South Korean Foreign Minister Cho Hyun and his Japanese counterpart Takeshi Iwaya met over breakfast on "
    "Saturday to fine-tune the agenda, the foreign ministry in Seoul said.",
    "Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Kazan on Wednesday on the "
    "sidelines of the BRICS summit.",
])
def test_talks_told_elsewhere_or_at_a_summit_tell_no_visit(text):
    assert "Visit" not in {e.type for e in _events(text, "2024-10-25")}


def test_a_royal_visit_and_the_sovereign_are_the_story_s_monarch_s():
    text = ("RABAT, Jan 31 (MAP) - His Majesty King Mohammed VI received Guinean President Alpha Conde on Sunday. "
            "During the Royal visit to Ethiopia last November, the Sovereign held talks in Addis Ababa with Prime "
            "Minister Hailemariam Desalegn.")
    visits = [(e.guest, e.host) for e in _events(text, "2017-01-31") if e.type == "Visit"]
    assert visits == [("MAR", "ETH")]


def test_trips_made_since_with_no_time_of_their_own_are_no_events():
    text = ("DAKAR, May 30 - President Bassirou Diomaye Faye visited Mali on Thursday. He has since travelled to "
            "The Gambia, Guinea-Bissau and Ghana.")
    assert [(e.type, e.countries) for e in _events(text, "2024-05-30")] == [("Visit", ("SEN", "MLI"))]


def test_a_summit_named_as_a_time_names_no_one_and_the_three_countries_are_the_story_s():
    text = ("SEOUL, May 27 - The leaders of South Korea, China and Japan held a summit in Seoul on Monday. Hours "
            "before the summit opened, North Korea notified Japan of a planned satellite launch. The three countries "
            "last held a summit in Chengdu in December 2019.")
    assert sorted((e.countries, e.date.value) for e in _events(text, "2024-05-27") if e.type == "Summit") == [
        (("CHN", "JPN", "KOR"), "2019-12"), (("CHN", "JPN", "KOR"), "2024-05-27")]


def test_the_same_year_after_last_year_is_last_year():
    text = ("TOKYO, May 27 - Yoon traveled to Tokyo in March last year. Japanese Prime Minister Fumio Kishida paid "
            "a return visit to Seoul in May of the same year.")
    assert ("Visit", ("JPN", "KOR"), "2023-05", False) in _summary(_events(text, "2024-05-27"))


@pytest.mark.parametrize("text, expected", [
    ("India and Singapore signed four memorandums of understanding on Thursday.",
     [("AgreementSigning", ("IND", "SGP"), "2024-11-14", False)]),
    ("Armenia became the 124th state party of the International Criminal Court on February 1, 2024.",
     [("Accession", ("ARM",), "2024-02-01", False)]),
    ("German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin on Friday. The two men last spoke "
     "in December 2022.", [("Meeting", ("DEU", "RUS"), "2022-12", False), ("Meeting", ("DEU", "RUS"), "2024-11-15", False)]),
])
def test_memorandums_a_state_party_and_the_last_time_two_leaders_spoke(text, expected):
    assert _summary(_events(text, "2024-11-15")) == expected


def test_it_joined_schengen_is_the_country_just_named_and_aiming_to_join_is_a_plan():
    text = ("SOFIA, Jan 1 - Bulgaria and Romania became full members of the Schengen area on Wednesday. "
            "Remember Croatia? It joined Schengen on January 1, 2023. Bulgaria is aiming to join the euro area next.")
    assert [(e.type, e.countries, e.organization, e.planned) for e in _events(text, "2025-01-01")
            if e.countries == ("HRV",) or e.organization == "EUROZONE"] == [
        ("Accession", ("HRV",), "SCHENGEN", False), ("Accession", ("BGR",), "EUROZONE", True)]


def test_a_titled_first_name_is_the_story_s_person_of_that_title():
    text = ("AL-ULA, Jan 5 - Qatar's emir was greeted by Saudi Crown Prince Mohammed bin Salman. The UAE was "
            "represented by Sheikh Mohammed bin Rashid Al Maktoum. The summit was chaired by Prince Mohammed.")
    mentions = extract_document(Document(text, "t.txt", "t.txt", published=dt.date(2021, 1, 5))).mentions.mentions
    assert {m.key for m in mentions if m.text == "Mohammed"} == {"Mohammed bin Salman"}


def test_a_memorandum_restoring_sanctions_is_an_order_and_a_sanction_not_an_agreement():
    text = 'On February 4 Trump signed a memorandum restoring his "maximum pressure" campaign of sanctions on Iran.'
    assert _summary(_events(text, "2025-04-18")) == [("Sanction", ("IRN", "USA"), "2025-02-04", False)]


def test_a_plan_that_was_not_taken_up_is_no_event():
    text = ("Indian Prime Minister Narendra Modi visited Singapore on Thursday. A plan floated by some officials for "
            "Modi to add a stop in Malaysia on the same trip was not taken up.")
    assert [e.countries for e in _events(text, "2024-09-05") if e.type == "Visit"] == [("IND", "SGP")]


@pytest.mark.parametrize("text, expected", [
    ("Trump and Prime Minister Anwar Ibrahim have signed a reciprocal trade agreement between the United States and "
     "Malaysia, and Trump then signed a similar agreement with Cambodian Prime Minister Hun Manet.",
     [("AgreementSigning", ("KHM", "USA"), "2025-10-26", False), ("AgreementSigning", ("MYS", "USA"), "2025-10-26", False)]),
    ("Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet have signed a joint declaration, "
     "with Trump and Malaysian Prime Minister Anwar Ibrahim standing beside them as witnesses.",
     [("AgreementSigning", ("KHM", "THA"), "2025-10-26", False)]),
])
def test_a_second_signer_then_signing_and_witnesses_of_a_signing(text, expected):
    assert _summary(_events(text, "2025-10-26")) == expected


def test_a_summit_attended_the_next_day_in_a_capital_named_by_its_demonym():
    text = ("Vladimir Putin flew to Bishkek on October 12 for a visit to Kyrgyzstan, and the next day he attended a "
            "summit of the Commonwealth of Independent States in the Kyrgyz capital.")
    summits = [(e.countries, e.date.value, e.organization) for e in _events(text, "2023-11-01") if e.type == "Summit"]
    assert summits == [(("KGZ", "RUS"), "2023-10-13", "CIS")]


def test_talks_at_a_seat_of_government_tell_the_guest_s_visit():
    text = "Colombian President Gustavo Petro was received at the White House by President Joe Biden on Monday."
    assert ("Visit", ("COL", "USA"), "2023-04-17", False) in _summary(_events(text, "2023-04-19"))


def test_a_fronted_day_dates_the_paragraph_and_then_goes_on_from_it():
    text = ("SOUTH CAUCASUS OBSERVER\nTuesday, 20 August 2024\n\nThe Russian president Vladimir Putin landed in Baku on "
            "Sunday evening for a state visit to Azerbaijan.\n\nOn Monday, after an official welcome ceremony, the two "
            "delegations sat down at Zagulba. The talks in narrow format included the foreign ministers, Sergei Lavrov "
            "and Jeyhun Bayramov.\n\nThe two presidents then signed a joint statement.")
    dated = {(e.type, e.date.value) for e in _events(text, "2024-08-20") if e.type != "Visit"}
    assert dated == {("Meeting", "2024-08-19"), ("AgreementSigning", "2024-08-19")}


def test_companies_based_in_a_country_are_a_sanction_s_target_and_a_city_base_names_none():
    assert _summary(_events("In a separate action, OFAC designated three Lebanon-based individuals on Thursday.",
                            "2024-12-20")) == [("Sanction", ("LBN", "USA"), "2024-12-19", False)]
    from kg.extract.gazetteer import load_gazetteer

    assert load_gazetteer().find("a Minsk-based firm and a Russia-Ukraine deal") == []


def test_the_secretary_is_the_story_s_secretary_of_state_not_a_secretary_general():
    text = ("US Secretary of State Marco Rubio arrived in Kingston on Wednesday. In the afternoon the secretary met "
            "Jamaican Prime Minister Andrew Holness, Barbados Prime Minister Mia Amor Mottley and Trinidad and Tobago "
            "Prime Minister Keith Rowley. Later the Secretary-General met Jamaican Prime Minister Andrew Holness.")
    meetings = [e.countries for e in _events(text, "2025-03-27") if e.type == "Meeting"]
    assert ("BRB", "JAM", "TTO", "USA") in meetings and ("JAM", "USA") not in meetings


def test_a_place_named_before_a_trip_is_no_traveller():
    text = ("Indian Prime Minister Narendra Modi arrived in Tokyo on Friday. From Japan the Indian leader flew on to "
            "China on Saturday.")
    assert [(e.guest, e.host) for e in _events(text, "2025-08-31") if e.type == "Visit"] == [("IND", "JPN"), ("IND", "CHN")]


def test_a_person_named_as_a_modifier_is_not_the_subject_a_pronoun_stands_for():
    text = ("US President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday. After the Sharaa "
            "meeting, Trump joined a summit in Riyadh. He flew on to Doha in the afternoon.")
    assert ("USA", "QAT") in [(e.guest, e.host) for e in _events(text, "2025-05-15") if e.type == "Visit"]


def test_a_summit_with_central_asia_names_its_five_countries():
    text = "Chinese President Xi Jinping hosted the first China-Central Asia summit in Xi'an on Friday."
    assert [e.countries for e in _events(text, "2023-05-20") if e.type == "Summit"] == [
        ("CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB")]


@pytest.mark.parametrize("published", ["2025-12-31", "2026-01-01"])
def test_joining_at_midnight_is_on_the_first_of_the_month(published):
    text = "Bulgaria became the 21st member of the euro zone at midnight, as fireworks lit up the sky over Sofia."
    assert _summary(_events(text, published)) == [("Accession", ("BGR",), "2026-01-01", False)]


@pytest.mark.parametrize("text, expected", [
    ("Costa Rica is the fourth Latin American country to join the OECD, after Mexico, which became a member in "
     "1994, Chile, in 2010, and Colombia, which completed its accession on 28 April 2020.",
     [("Accession", ("CHL",), "2010", False), ("Accession", ("COL",), "2020-04-28", False),
      ("Accession", ("MEX",), "1994", False)]),
    ("Croatia is the first country to join the euro area since Lithuania in 2015.",
     [("Accession", ("LTU",), "2015", False)]),
])
def test_the_members_that_joined_before_the_nth_newcomer_each_in_its_year(text, expected):
    assert _summary(_events(text, "2021-05-26")) == expected


def test_a_bare_surname_two_persons_share_is_the_one_whose_surname_it_is():
    text = ("British Prime Minister Boris Johnson and Jamaican Foreign Minister Kamina Johnson Smith attended. "
            "Johnson, who arrived on Thursday on his first visit to Rwanda, held talks with President Paul Kagame.")
    assert ("Meeting", ("GBR", "RWA"), "2022-06-23", False) in _summary(_events(text, "2022-06-25"))


@pytest.mark.parametrize("text, expected", [
    ("Brazil, Russia, India and China founded BRICS in 2009. South Africa had joined the original four in 2010.",
     [("Accession", ("ZAF",), "2010", False)]),
    ("Comoros joined the WTO on Wednesday. The last countries to join were two least-developed nations, Liberia on "
     "July 14, 2016 and Afghanistan on July 29, 2016.",
     [("Accession", ("AFG",), "2016-07-29", False), ("Accession", ("COM",), "2024-08-28", False),
      ("Accession", ("LBR",), "2016-07-14", False)]),
])
def test_joining_the_founders_and_the_last_countries_to_join(text, expected):
    assert _summary(_events(text, "2024-08-30")) == expected


def test_a_data_row_with_an_unquoted_comma_is_a_one_line_error_naming_file_and_line(tmp_path):
    from kg.errors import DataError
    from kg.extract.gazetteer import read_rows

    path = tmp_path / "triggers.csv"
    path.write_text("type,pattern\nVisit,\\bvisit\\b\nSanction,\\bban\\s+(?:\\w+\\s+){0,2}exports\\b\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"triggers.csv:3: 3 fields where the header names 2; put a value that holds a "
                                        r"comma in double quotes"):
        list(read_rows(path, ("type", "pattern")))


def test_a_ban_on_exports_to_a_country_is_a_sanction_on_it():
    text = ("On Tuesday, China's Ministry of Commerce announced a ban on exports to the United States of gallium, "
            "germanium and antimony.")
    assert _summary(_events(text, "2024-12-05")) == [("Sanction", ("CHN", "USA"), "2024-12-03", False)]


def test_a_guest_s_arrival_told_after_the_talks_does_not_date_them():
    from kg.extract.dates import find_dates
    from kg.extract.events import _attach_date
    from kg.extract.model import Event

    text = "UAE President Mohamed bin Zayed held talks with Kenyan President William Ruto, who arrived on Monday."
    talks, arrival = Event("Meeting", ("ARE", "KEN"), []), Event("Visit", ("KEN", "ARE"), [])
    talks.trigger, arrival.trigger = text.index("held talks"), text.index("arrived")
    for event in (talks, arrival):
        _attach_date(event, text, find_dates(text, dt.date(2025, 1, 14), 2025), dt.date(2025, 1, 14))
    assert (talks.date, arrival.date.value) == (None, "2025-01-13")


@pytest.mark.parametrize("text, expected", [
    ("Friday's step follows British sanctions announced on December 19 against five senior Georgian officials.",
     [("Sanction", ("GBR", "GEO"), "2024-12-19", False)]),
    ("The British package also sanctioned a Chinese refinery in Shandong province on Monday.",
     [("Sanction", ("CHN", "GBR"), "2024-12-23", False)]),
])
def test_a_country_s_sanctions_named_by_its_demonym(text, expected):
    assert _summary(_events(text, "2024-12-28")) == expected


def test_a_person_subject_to_an_organisation_s_asset_freeze_since_a_month():
    text = ("Russian Foreign Minister Sergei Lavrov has been subject to an EU asset freeze since February 2022, "
            "but not to a travel ban.")
    assert [(e.countries, e.organization, e.date.value) for e in _events(text, "2024-12-28")] == [
        (("RUS",), "EU", "2022-02")]


def test_talks_with_each_leader_separately_are_a_meeting_with_each():
    text = ("US President Donald Trump hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham "
            "Aliyev at the White House on Friday. Before the trilateral meeting, Trump received each leader separately "
            "in the Oval Office.")
    assert sorted(e.countries for e in _events(text, "2025-08-09") if e.type == "Meeting") == [
        ("ARM", "AZE", "USA"), ("ARM", "USA"), ("AZE", "USA")]


def test_a_return_visit_told_in_the_next_clause_is_its_own_in_the_year_just_named():
    text = ("North Korean leader Kim Jong Un last visited China in January 2019, and Chinese President Xi Jinping made "
            "a return visit to Pyongyang in June that year.")
    assert [(e.guest, e.host, e.date.value) for e in _events(text, "2025-09-04") if e.type == "Visit"] == [
        ("PRK", "CHN", "2019-01"), ("CHN", "PRK", "2019-06")]


def test_went_to_a_capital_is_a_visit():
    text = ("Weeks later, in November, the Saudi chief of staff, General Fayyad al-Ruwaili, went to Tehran for talks "
            "with Iranian armed forces chief Mohammad Bagheri.")
    assert [(e.guest, e.host) for e in _events(text, "2025-04-18") if e.type == "Visit"] == [("SAU", "IRN")]


def test_a_treaty_that_cannot_be_signed_yet_is_no_signing():
    text = "Armenia and Azerbaijan initialled the text. Until then, the treaty cannot be signed, let alone ratified."
    assert "AgreementSigning" not in {e.type for e in _events(text, "2025-08-09")}


def test_what_they_hoped_to_sign_is_a_plan():
    text = ("US President Donald Trump and Japanese Prime Minister Shinzo Abe said after a meeting on Sunday that they "
            "had reached an agreement in principle on trade and hoped to sign it in September.")
    assert [(e.type, e.planned) for e in _events(text, "2019-08-26")] == [("Meeting", False), ("AgreementSigning", True)]


@pytest.mark.parametrize("text, expected", [
    ("On January 23, Colombia suspended electricity exports to Ecuador.",
     [("Sanction", ("COL", "ECU"), "2025-01-23", False)]),
    ("Britain announced on Friday that it would ban imports of Russian diamonds, copper and aluminium.",
     [("Sanction", ("GBR", "RUS"), "2025-01-24", False)]),
    ("Houthi attacks halted trade through the Red Sea on Monday.", []),
])
def test_a_ban_on_a_country_s_goods_announced_as_what_it_would_do_is_a_sanction(text, expected):
    assert _summary(_events(text, "2025-01-25")) == expected


def test_a_capital_freezing_the_assets_of_a_named_official():
    text = ("On February 20, Washington froze the assets of James Kabarebe, Rwanda's minister of state for regional "
            "integration.")
    assert _summary(_events(text, "2025-03-20")) == [("Sanction", ("RWA", "USA"), "2025-02-20", False)]


def test_the_two_nordic_countries_are_the_two_the_story_named():
    text = ("Finland and Sweden applied to join NATO in May 2022. In June, the two Nordic countries and Turkey signed "
            "a memorandum in Madrid.")
    assert [e.countries for e in _events(text, "2023-04-05") if e.type == "AgreementSigning"] == [("FIN", "SWE", "TUR")]


def test_talks_abroad_after_a_summit_was_mentioned_still_tell_a_visit():
    text = ("Japanese Prime Minister Fumio Kishida will attend the G20 summit in Bali in November. In Bangkok on Monday, "
            "Kishida held talks with Prime Minister Prayut Chan-o-cha.")
    events = _events(text, "2022-05-06")
    assert ("Visit", ("JPN", "THA"), "2022-05-02", False) in _summary(events)
    assert ("Meeting", ("JPN", "THA"), "2022-05-02", False) in _summary(events)


def test_a_second_imposer_in_a_clause_of_its_own():
    text = ("The EU adopted its 11th package of sanctions against Russia on Friday. The United States imposed sanctions on "
            "some 300 individuals and entities on May 19, and Britain banned imports of Russian diamonds the same day.")
    assert [e.countries for e in _events(text, "2023-06-23") if e.type == "Sanction" and e.date.value == "2023-05-19"] == [
        ("RUS", "USA"), ("GBR", "RUS")]


def test_where_he_held_talks_before_arriving_was_a_visit_there():
    text = ("Japanese Prime Minister Fumio Kishida arrived in London on Wednesday from Rome, where he held talks with "
            "Italian Prime Minister Mario Draghi.")
    assert sorted((e.guest, e.host) for e in _events(text, "2022-05-06") if e.type == "Visit") == [
        ("JPN", "GBR"), ("JPN", "ITA")]


def test_talks_in_one_side_s_country_tell_a_visit_too():
    text = ("Japanese Prime Minister Fumio Kishida arrived in Rome on Tuesday. On Wednesday he was also received by "
            "Pope Francis at the Vatican, where the two men discussed Ukraine.")
    assert ("Visit", ("JPN", "VAT"), "2022-05-04", False) in _summary(_events(text, "2022-05-06"))


def test_west_african_leaders_are_ecowas():
    text = ("ACCRA, Sept 16 (Wire) - West African leaders on Thursday imposed travel bans and asset freezes on members "
            "of Guinea's junta.")
    assert [(e.type, e.countries, e.organization) for e in _events(text, "2021-09-16")] == [
        ("Sanction", ("GIN",), "ECOWAS")]


def test_rejoining_an_organisation_is_an_accession():
    text = "Gabon, which had left in 1995, rejoined OPEC on July 1 last year."
    assert [(e.type, e.countries, e.organization, e.date.value) for e in _events(text, "2017-05-26")] == [
        ("Accession", ("GAB",), "OPEC", "2016-07-01")]


def test_had_flown_to_a_capital_is_a_visit():
    text = "Armenian Prime Minister Nikol Pashinyan had flown to Washington on Thursday."
    assert _summary(_events(text, "2025-08-09")) == [("Visit", ("ARM", "USA"), "2025-08-07", False)]


def test_a_title_only_one_country_uses_stands_for_its_holder_without_the():
    text = ("Thimphu, 16 March 2024. Lyonchhen Dasho Tshering Tobgay is in Mumbai on a private trip.\n\n"
            "On Friday, Lyonchhen called on the President of India, Smt. Droupadi Murmu, at Rashtrapati Bhavan.")
    assert ("Meeting", ("BTN", "IND"), "2024-03-15", False) in _summary(_events(text, "2024-03-16"))


def test_in_the_evening_continues_the_story_s_day():
    text = ("Bhutan's Prime Minister Tshering Tobgay arrived in New Delhi on Thursday afternoon for an official visit. "
            "On Friday morning, he toured a solar park outside the city.\n\n"
            "In the evening, Tobgay met Prime Minister Narendra Modi at 7, Lok Kalyan Marg.")
    assert ("Meeting", ("BTN", "IND"), "2024-03-15", False) in _summary(_events(text, "2024-03-16"))


def test_a_list_of_those_in_attendance_joins_the_story_s_summit_not_an_organisation_named_in_a_title():
    text = ("Kingstown, 19 July 2023 - Prime Minister Ralph Gonsalves co-chaired the third Summit of CELAC and the "
            "European Union in Brussels, Belgium, on 17 July. Among the leaders in attendance were His Excellency Luiz "
            "Inacio Lula da Silva, President of Brazil; and His Excellency Pedro Sanchez, President of the Government of "
            "Spain, which holds the rotating Presidency of the Council of the European Union.")
    summits = [(e.countries, e.organization) for e in _events(text, "2023-07-19") if e.type == "Summit"]
    assert summits == [(("BEL", "BRA", "ESP", "VCT"), "CELAC")]


def test_meetings_with_several_leaders_are_one_each_with_the_story_s_subject():
    text = ("NEW YORK, Sept 22 (Wire) - Trump held talks with Qatar's emir on Tuesday. Wednesday brought meetings with "
            "Egyptian President Abdel Fattah al-Sisi and Palestinian President Mahmoud Abbas.")
    summary = _summary(_events(text, "2017-09-22"))
    assert ("Meeting", ("EGY", "USA"), "2017-09-20", False) in summary
    assert ("Meeting", ("PSE", "USA"), "2017-09-20", False) in summary


def test_a_lunch_with_two_leaders_is_one_meeting_of_the_three():
    text = ("NEW YORK, Sept 22 (Wire) - On Thursday, Trump announced an executive order. He made the announcement at a "
            "lunch with Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in.")
    assert [e.countries for e in _events(text, "2017-09-22") if e.type == "Meeting"] == [("JPN", "KOR", "USA")]


def test_an_unknown_minister_paired_with_a_foreign_counterpart_is_of_the_other_side():
    text = ("BUDAPEST, Feb 23, 2024 - Swedish Prime Minister Ulf Kristersson travelled to Budapest on Friday for talks "
            "with Hungarian Prime Minister Viktor Orban on Sweden's bid to join NATO. Sweden has waited for Hungary's "
            "vote since 2022, and Swedish diplomats had grown impatient. At the end of the talks, Defence Minister "
            "Kristof Szalay-Bobrovniczky and his Swedish counterpart Pal Jonson signed an agreement on Gripen jets.")
    persons = extract_document(Document(text, "t.txt", "t.txt")).mentions.persons
    assert persons["Kristof Szalay-Bobrovniczky"].country == "HUN"


def test_arriving_from_a_city_where_he_took_part_in_an_event_is_a_visit_there_on_that_day():
    text = ("WARSAW, Aug 25, 2025 - Prime Minister Mark Carney arrived in Warsaw from Kyiv, where on Sunday he took part "
            "in the commemorations of Ukraine's Independence Day.")
    summary = _summary(_events(text, "2025-08-25"))
    assert ("Visit", ("CAN", "UKR"), "2025-08-24", False) in summary
    assert ("Visit", ("CAN", "POL"), "2025-08-25", False) in summary


def test_on_that_trip_goes_on_with_the_earlier_trip_s_date():
    text = ("Published: 20 February 2025\n\nLula made a state visit to Portugal on 22 April 2023. On that trip Lula was "
            "received by President Marcelo Rebelo de Sousa and he held talks with Prime Minister Antonio Costa.")
    assert ("Meeting", ("BRA", "PRT"), "2023-04-22", False) in _summary(_events(text, "2025-02-20"))


def test_then_prime_minister_is_his_country_s_leader_not_the_organisation_he_later_led():
    text = ("Published: 20 February 2025\n\nIn April 2023, Brazilian President Lula held talks in Lisbon with "
            "then-prime minister Antonio Costa.")
    (meeting,) = [e for e in _events(text, "2025-02-20") if e.type == "Meeting"]
    assert (meeting.countries, meeting.organization) == (("BRA", "PRT"), None)


def test_talks_on_a_two_capital_trip_are_one_meeting_in_each_capital():
    text = ("Senegal's President Bassirou Diomaye Faye arrived in Abuja on Saturday. On May 30 he travelled to Bamako and "
            "Ouagadougou on the same day, holding talks with Goita and Traore.")
    meetings = [s for s in _summary(_events(text, "2024-07-07")) if s[0] == "Meeting"]
    assert meetings == [("Meeting", ("BFA", "SEN"), "2024-05-30", False), ("Meeting", ("MLI", "SEN"), "2024-05-30", False)]


def test_nine_days_later_counts_from_an_earlier_day_the_story_told():
    text = ("NAIROBI, March 12, 2025 - On January 7 the United States imposed sanctions on Sudanese paramilitary "
            "commander Mohamed Hamdan Dagalo. Nine days later Washington also sanctioned Sudan's army chief General "
            "Abdel Fattah al-Burhan.")
    assert [s[2] for s in _summary(_events(text, "2025-03-12"))] == ["2025-01-07", "2025-01-16"]


def test_stops_attached_to_a_planned_trip_are_planned_too():
    text = ("NEW YORK, Sept 22 (Wire) - Trump spoke at the UN. He is also expected to travel to Asia in November, with "
            "stops in Japan, South Korea and China.")
    assert _summary(_events(text, "2017-09-22")) == [
        ("Visit", ("USA", c), "2017-11", True) for c in ("CHN", "JPN", "KOR")]


def test_on_the_second_day_of_the_visit_is_the_day_after_it_began():
    text = ("NEW DELHI, Aug 7, 2025 - Philippine President Ferdinand Marcos Jr. arrived in Bengaluru on Wednesday. He had "
            "landed in New Delhi on Monday evening for a five-day state visit to India.\n\nOn the second day of his visit, "
            "Marcos held talks with Prime Minister Narendra Modi at Hyderabad House.")
    assert ("Meeting", ("IND", "PHL"), "2025-08-05", False) in _summary(_events(text, "2025-08-07"))


@pytest.mark.parametrize("text, expected", [
    ("MOSCOW, Oct 23, 2025 - China's state oil firms suspended purchases of Russian oil on Thursday. The decision came "
     "a day after the United States imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil.",
     ("Sanction", ("RUS", "USA"), "2025-10-22", False)),
    ("NAIROBI, March 6, 2024 - Somali President Hassan Sheikh Mohamud arrived in Nairobi on Tuesday for a working "
     "visit. The visit came a day after Somalia formally became the eighth member of the East African Community.",
     ("Accession", ("SOM",), "2024-03-04", False)),
])
def test_an_act_that_something_came_days_after_is_dated_back_from_it(text, expected):
    assert expected in _summary(_events(text))  # dated by the dateline


def test_a_trip_straight_from_a_summit_told_in_passing_keeps_its_month_through_the_next_sentence():
    text = ("SEOUL, Aug 11, 2025 - Poland's president arrived today. President Yoon Suk Yeol flew to Warsaw straight "
            "from the NATO summit in Vilnius in July 2023, where South Korea attended as one of the alliance's partners. "
            "In Warsaw, Yoon held talks with President Andrzej Duda, and the two governments signed agreements on defence.")
    assert _summary(_events(text, "2025-08-11")) == [
        ("AgreementSigning", ("KOR", "POL"), "2023-07", False), ("Meeting", ("KOR", "POL"), "2023-07", False),
        ("Summit", ("KOR", "LTU"), "2023-07", False), ("Visit", ("KOR", "POL"), "2023-07", False)]


def test_a_deputy_s_title_before_a_surname_is_no_leader_of_that_surname():
    text = ("HANOI, Aug 25, 2021 - US Vice President Kamala Harris held talks with Prime Minister Pham Minh Chinh on "
            "Wednesday. Vice President Harris and the US delegation had arrived in Hanoi on the evening of August 24.")
    assert "Timothy Harris" not in extract_document(Document(text, "t.txt", "t.txt")).mentions.persons


def test_spending_a_day_in_two_capitals_is_a_visit_and_talks_in_each():
    text = ("BERLIN, March 22, 2022 - Boris Johnson spent March 16 in Abu Dhabi and Riyadh, meeting Abu Dhabi's crown "
            "prince, Sheikh Mohamed bin Zayed, and Saudi Crown Prince Mohammed bin Salman.")
    assert _summary(_events(text)) == [
        ("Meeting", ("ARE", "GBR"), "2022-03-16", False), ("Meeting", ("GBR", "SAU"), "2022-03-16", False),
        ("Visit", ("GBR", "ARE"), "2022-03-16", False), ("Visit", ("GBR", "SAU"), "2022-03-16", False)]


def test_who_travelled_is_the_subject_of_the_when_clause_not_of_the_sentence():
    text = ("KYIV, Aug 23, 2024 - Indian Prime Minister Narendra Modi arrived in Kyiv on Friday. Ukrainian President "
            "Volodymyr Zelensky was furious last month when Modi flew to Moscow, where he held talks with Vladimir Putin.")
    visits = [(e.guest, e.host) for e in _events(text) if e.type == "Visit"]
    assert ("IND", "RUS") in visits and ("UKR", "RUS") not in visits


def test_a_tour_that_began_in_a_capital_where_the_traveller_held_talks():
    text = ("GEORGETOWN, Nov 21, 2024 - Guyana is the last stop of a three-nation tour that began in Nigeria, where Modi "
            "held talks with President Bola Tinubu on Sunday.")
    assert [s for s in _summary(_events(text)) if s[0] == "Meeting"] == [("Meeting", ("IND", "NGA"), "2024-11-17", False)]


def test_leaders_who_delivered_speeches_took_part_in_the_summit():
    text = ("NEW DELHI, July 4, 2023 - Iran on Tuesday became the ninth member of the Shanghai Cooperation Organisation at "
            "a virtual summit chaired by Indian Prime Minister Narendra Modi. Chinese President Xi Jinping and Russian "
            "President Vladimir Putin delivered speeches.")
    (summit,) = [e for e in _events(text) if e.type == "Summit"]
    assert {"CHN", "RUS"} <= set(summit.countries)


def test_leaders_who_flew_in_joined_or_were_sent_took_part_in_the_summit():
    text = ("LABUAN BAJO, May 11, 2023 - The 42nd ASEAN Summit opened on Wednesday in Labuan Bajo, hosted by Indonesian "
            "President Joko Widodo. Philippine President Ferdinand Marcos Jr. flew in from Manila, Cambodian Prime Minister "
            "Hun Sen from Phnom Penh. They were joined by Sonexay Siphandone of Laos, who took over as prime minister at "
            "the end of December, and by the Sultan of Brunei.")
    (summit,) = [e for e in _events(text) if e.type == "Summit"]
    assert {"IDN", "PHL", "KHM", "LAO"} <= set(summit.countries)


def test_a_sentence_about_another_organisation_s_meeting_adds_no_one_to_the_summit():
    text = ("KINGSTOWN, March 2, 2024 - Heads of state and government gathered in Kingstown on Friday for the eighth summit "
            "of CELAC, hosted by Prime Minister Ralph Gonsalves. Brazilian President Lula da Silva flew in on Thursday "
            "night. He was followed in the morning by Colombia's Gustavo Petro. On Wednesday Lula had addressed the "
            "CARICOM heads of government meeting in Georgetown, chaired by President Irfaan Ali.")
    summits = [e.countries for e in _events(text) if e.type == "Summit" and e.organization == "CELAC"]
    assert summits == [("BRA", "COL", "VCT")]


def test_leaders_who_joined_the_others_or_completed_the_group_took_part():
    text = ("HIROSHIMA, May 21, 2023 - Group of Seven leaders opened their summit in Hiroshima on Friday, hosted by Japanese "
            "Prime Minister Fumio Kishida. Canada's Justin Trudeau and Italy's Giorgia Meloni completed the group. "
            "Ukrainian President Volodymyr Zelensky joined the leaders in person on Sunday.")
    (summit,) = [e for e in _events(text) if e.type == "Summit"]
    assert {"CAN", "ITA", "UKR"} <= set(summit.countries)


def test_a_day_stated_with_its_year_outweighs_twelve_days_later():
    text = ("MANAMA, May 17, 2024 - King Hamad received Saudi Crown Prince Mohammed bin Salman at Sakhir Palace on "
            "Wednesday. Twelve days later, Assad was embraced by Saudi Crown Prince Mohammed bin Salman at the Arab League "
            "summit in Jeddah on May 19, 2023.")
    assert [e.date.value for e in _events(text) if e.type == "Summit" and e.organization == "LAS"][-1:] == ["2023-05-19"]


def test_choosing_a_country_for_a_first_trip_abroad_is_a_visit_there():
    text = ("JAKARTA, May 11, 2023 - Anwar Ibrahim chose Indonesia for his first official trip abroad as prime minister, "
            "meeting Jokowi in Bogor on January 9.")
    assert ("Visit", ("MYS", "IDN"), "2023-01-09", False) in _summary(_events(text))


def test_talks_on_the_margins_of_the_meeting_are_the_talks_not_the_meeting():
    text = ("GEORGETOWN, Nov 21, 2024 - Indian Prime Minister Narendra Modi attended the India-CARICOM summit on Wednesday. "
            "On the margins of the meeting Modi held separate talks with Santokhi and with Rowley.")
    meetings = sorted(e.countries for e in _events(text) if e.type == "Meeting")
    assert meetings == [("IND", "SUR"), ("IND", "TTO")]


@pytest.mark.parametrize("sentence, pair", [
    ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping also spoke on the sidelines on Wednesday.",
     ("CHN", "IND")),
    ("On Wednesday the King held an audience with Samoan Prime Minister Fiame Naomi Mata'afa.", ("GBR", "WSM")),
    ("New Zealand's Prime Minister Christopher Luxon finished a bilateral with Samoan Prime Minister Fiame Naomi "
     "Mata'afa on Wednesday.",
     ("NZL", "WSM")),
])
def test_asides_audiences_and_bilaterals_are_meetings(sentence, pair):
    text = "APIA, Oct 25, 2024 - King Charles III opened the Commonwealth summit. " + sentence
    assert pair in [e.countries for e in _events(text) if e.type == "Meeting"]


def test_a_visit_and_the_return_visit_told_in_one_sentence():
    text = ("ATHENS, May 14, 2024 - Turkish Foreign Minister Hakan Fidan came to Athens in early September for talks with "
            "Greek Foreign Minister Giorgos Gerapetritis, and the Greek minister returned the visit in Ankara in November.")
    visits = sorted((e.guest, e.host, e.date.value) for e in _events(text) if e.type == "Visit")
    assert visits == [("GRC", "TUR", "2023-11"), ("TUR", "GRC", "2023-09")]


@pytest.mark.parametrize("sentence", [
    "Less than three weeks after signing a peace deal in front of US President Donald Trump, Thailand and Cambodia "
    "traded accusations on Sunday.",
    "US President Donald Trump presided over a ceremony at which Thai Prime Minister Anutin Charnvirakul and Cambodian "
    "Prime Minister Hun Manet signed a peace deal on Sunday.",
])
def test_who_signs_in_front_of_someone_or_under_his_chairmanship_signs_without_him(sentence):
    signings = [e.countries for e in _events("KUALA LUMPUR, Oct 27, 2025 - " + sentence) if e.type == "AgreementSigning"]
    assert signings == [("KHM", "THA")]


@pytest.mark.parametrize("sentence, visits", [
    ("On Monday Carney was in Brussels for an EU-Canada summit with Antonio Costa and Ursula von der Leyen.", []),
    ("Iceland's Prime Minister Kristrun Frostadottir wrapped up a two-day visit to Brussels in which she sought closer "
     "ties with the EU.", [("ISL", "BEL")]),
])
def test_presence_in_an_organisation_s_seat_on_its_business_is_no_visit_to_the_host(sentence, visits):
    events = _events("OTTAWA, June 25, 2025 - " + sentence)
    assert [(e.guest, e.host) for e in events if e.type == "Visit"] == visits


def test_it_may_be_mentioned_that_points_to_a_fact():
    text = ("DHAKA, March 28, 2025 - Chief Adviser Muhammad Yunus met President Xi Jinping on Friday. It may be mentioned "
            "that the Foreign Adviser Touhid Hossain visited Beijing in January this year.")
    assert ("Visit", ("BGD", "CHN"), "2025-01", False) in _summary(_events(text))


def test_a_summit_told_under_a_dateline_is_held_where_the_text_says_and_welcomed_to_the_palace_is_talks():
    text = ("SANTIAGO, Aug 6, 2024 - The South American summit was held in Brasilia on May 30, 2023. Brazilian President "
            "Luiz Inacio Lula da Silva had welcomed Venezuelan President Nicolas Maduro to the Planalto palace.")
    events = _events(text)
    assert not any(e.type == "Summit" and "CHL" in e.countries for e in events)
    assert ("BRA", "VEN") in [e.countries for e in events if e.type == "Meeting"]


def test_an_embargo_renewed_beside_one_lifted_targets_the_same_country():
    text = ("UNITED NATIONS, Aug 2, 2024 - The UN Security Council has eased its arms embargo. In a resolution adopted in "
            "New York on 30 July, the council lifted the arms embargo on the Central African Republic's government forces. "
            "At the same time, the council renewed for another year the arms embargo on the armed groups operating in the "
            "country.")
    assert [(e.type, e.countries, e.organization) for e in _events(text)] == [("Sanction", ("CAF",), "UNSC")]


def test_a_meeting_with_the_ambassadors_of_several_countries_is_one_meeting_of_the_group():
    text = ("BANGUI, Aug 2, 2024 - On 25 July, Central African Foreign Minister Sylvie Baipo-Temon met in New York with "
            "the ambassadors of Algeria, Mozambique and Sierra Leone.")
    assert [e.countries for e in _events(text) if e.type == "Meeting"] == [("CAF", "DZA", "MOZ", "SLE")]


def test_the_original_ban_introduced_against_others_is_the_same_imposer_s():
    text = ("REYKJAVIK, Aug 14, 2015 - Russia on Thursday extended its ban on food imports to Iceland. The original ban "
            "was introduced in August last year against the United States, Norway and Australia.")
    assert sorted((e.imposers, e.targets, e.date.value) for e in _events(text) if e.type == "Sanction") == [
        (("RUS",), ("AUS",), "2014-08"), (("RUS",), ("ISL",), "2015-08-13"), (("RUS",), ("NOR",), "2014-08"),
        (("RUS",), ("USA",), "2014-08")]


def test_who_landed_at_the_airport_and_was_then_received_held_talks():
    text = ("NAIROBI, July 12, 2023 - Iranian President Ebrahim Raisi, who landed at Jomo Kenyatta International Airport "
            "in the morning, was received by President William Ruto at State House, Nairobi.")
    assert ("IRN", "KEN") in [e.countries for e in _events(text) if e.type == "Meeting"]


def test_a_country_in_a_participial_clause_after_the_target_is_no_target():
    text = ("BRUSSELS, Feb 23, 2024 - The European Union formally adopted its 13th package of sanctions against Russia on "
            "Friday, adding nearly 200 companies to its blacklist on the eve of the anniversary of the invasion of Ukraine.")
    assert [(e.targets, e.organization) for e in _events(text) if e.type == "Sanction"] == [(("RUS",), "EU")]


def test_making_a_capital_one_s_first_trip_is_a_visit_there():
    text = "BERLIN, May 27, 2024 - Scholz made Paris his first foreign trip as chancellor, meeting Macron on December 10, 2021."
    assert ("Visit", ("DEU", "FRA"), "2021-12-10", False) in _summary(_events(text))


def test_was_last_at_a_seat_of_government_is_a_visit_to_its_country():
    text = ("WASHINGTON, April 11, 2024 - Japanese Prime Minister Fumio Kishida was last at the White House in January 2023. "
            "Philippine President Ferdinand Marcos Jr. was last in the Oval Office on May 1 last year.")
    assert _summary(_events(text)) == [("Visit", ("JPN", "USA"), "2023-01", False), ("Visit", ("PHL", "USA"), "2023-05-01", False)]


def test_a_trip_to_the_border_city_of_a_country_is_a_visit_there():
    text = ("BRUSSELS, Feb 23, 2024 - Ukrainian Foreign Minister Dmytro Kuleba met Hungary's Peter Szijjarto on Jan. 29, "
            "when Szijjarto travelled to the border city of Uzhhorod for talks.")
    assert ("Visit", ("HUN", "UKR"), "2024-01-29", False) in _summary(_events(text))


def test_who_stayed_at_home_took_no_part_in_the_summit():
    text = ("APIA, Oct 25, 2024 - King Charles III opened the Commonwealth Heads of Government Meeting in Apia on Friday. "
            "Canada's Justin Trudeau stayed at home, and India's Narendra Modi and South Africa's Cyril Ramaphosa were in "
            "Kazan, Russia, for the BRICS summit this week.")
    events = _events(text)
    assert [e.countries for e in events if e.type == "Summit" and e.organization == "BRICS"] == [("IND", "RUS", "ZAF")]
    assert sorted(e.guest for e in events if e.type == "Visit") == ["IND", "ZAF"]


def test_a_day_in_what_someone_said_would_happen_does_not_date_the_act_before_it():
    text = ("NAIROBI, Aug 24, 2023 - Kenyan President William Ruto, who held talks with Tanzanian President Samia Suluhu "
            "Hassan, said the border would reopen on January 1 next year.")
    assert [e.date.value for e in _events(text) if e.type == "Meeting"] == ["2023-08-24"]


@pytest.mark.parametrize("sentence", [
    "Modi said he looked forward to visiting Bhutan soon.",
    "Indian officials said Modi \"looked forward\" to visiting Bhutan but gave no date.",
])
def test_looking_forward_to_a_visit_is_a_plan(sentence):
    assert [(e.type, e.planned) for e in _events("THIMPHU, March 16, 2024 - " + sentence)] == [("Visit", True)]


def test_a_capital_that_acts_is_not_the_venue_of_a_summit():
    text = ("Macron used the G20 summit to hold a brief meeting with Ramaphosa, as European leaders huddled on the margins "
            "to discuss a U.S. draft plan to end the war that Kyiv fears would force it to give up territory.")
    assert [e.countries for e in _events(text, "2025-11-22") if e.type == "Summit"] == [("FRA", "ZAF")]


def test_three_leaders_meeting_on_the_sidelines_of_a_summit_stay_a_meeting():
    text = ("JOHANNESBURG, Nov 22 - Leaders of the Group of 20 opened their summit in Johannesburg on Saturday. "
            "On the sidelines, Modi, Albanese and Carney met on Saturday afternoon and announced a partnership on minerals.")
    assert ("Meeting", ("AUS", "CAN", "IND"), "2025-11-22", False) in _summary(_events(text, "2025-11-22"))


def test_a_place_before_the_presidents_office_is_not_a_president():
    text = "On Thursday Johnson held talks with Kagame at Village Urugwiro, the president's office, and defended the plan."
    persons = extract_document(Document(text, "t.txt", "t.txt", published=dt.date(2022, 6, 27))).mentions.persons
    assert "Village Urugwiro" not in persons


def test_stepping_off_a_plane_in_a_capital_is_an_arrival():
    text = ("When Abiy Ahmed stepped off his plane in Mogadishu on Thursday, mortar rounds had landed near the airport. "
            "The Ethiopian prime minister went ahead anyway and drove with President Hassan Sheikh Mohamud to Villa Somalia for talks.")
    assert ("Visit", ("ETH", "SOM"), "2025-02-27", False) in _summary(_events(text, "2025-03-03"))


def test_a_sentence_opening_with_the_prime_minister_makes_him_the_he_of_the_next():
    text = ("TOKYO, May 5, 2022 - Prime Minister Fumio Kishida protested on Thursday. "
            "On April 12 the government froze the assets of the daughters of President Vladimir Putin. "
            "The prime minister himself is on a tour of Europe. He held talks with Italian Prime Minister Mario Draghi in Rome on Wednesday.")
    assert [e.countries for e in _events(text) if e.type == "Meeting"] == [("ITA", "JPN")]


@pytest.mark.parametrize("text, expected", [
    ("On Sunday King Mohammed VI held talks with Guinean President Alpha Condé, who on Monday took over the AU's chairmanship "
     "from Chad's Idriss Déby.", [("GIN", "MAR")]),
    ("On the sidelines, Díaz-Canel held talks with Chinese Premier Li Qiang, who reaffirmed China's support, and on July 7 he "
     "met with Brazilian President Luiz Inácio Lula da Silva.", [("BRA", "CUB"), ("CHN", "CUB")]),
])
def test_a_person_in_a_who_clause_after_the_counterpart_did_not_meet_the_subject(text, expected):
    assert sorted(e.countries for e in _events(text, "2017-01-31") if e.type == "Meeting") == expected


def test_the_country_whose_invasion_an_anniversary_marks_is_no_sanctions_target():
    text = "Canada announced new sanctions on Russia on the second anniversary of the full-scale invasion of Ukraine."
    assert [e.countries for e in _events(text, "2024-02-24") if e.type == "Sanction"] == [("CAN", "RUS")]


def test_a_second_country_joining_on_its_own_date_in_the_same_clause():
    text = "Its northern neighbours went first: Estonia adopted the euro on 1 January 2011 and Latvia on 1 January 2014."
    assert _summary(e for e in _events(text, "2015-01-01") if e.type == "Accession") == [
        ("Accession", ("EST",), "2011-01-01", False), ("Accession", ("LVA",), "2014-01-01", False)]


def test_the_annual_summit_of_two_countries_is_their_leaders_meeting():
    text = ("NEW DELHI, Dec 5, 2025 - Putin arrived for talks. The previous annual summit was held in Moscow on 9 July 2024, "
            "at the end of Modi's two-day visit to Russia.")
    kinds = {(e.type, e.countries) for e in _events(text) if e.date and e.date.value == "2024-07-09"}
    assert ("Meeting", ("IND", "RUS")) in kinds and not any(k == "Summit" for k, _ in kinds)


def test_heads_of_state_who_joined_them_at_a_hotel_joined_no_organisation():
    text = ("JEDDAH, May 19, 2023 - Arab League leaders met on Friday. Palestinian President Mahmoud Abbas was among the "
            "heads of state who joined them at the Ritz-Carlton hotel, along with Arab League Secretary-General Ahmed Aboul Gheit.")
    assert not [e for e in _events(text) if e.type == "Accession"]


def test_a_return_trip_some_days_later_in_the_same_sentence_is_its_own_visit_of_its_own_day():
    text = ("Syrian Foreign Minister Faisal Mekdad visited Jeddah on April 12 for talks with his Saudi counterpart, Prince "
            "Faisal bin Farhan, and six days later the Saudi minister flew to Damascus.")
    visits = sorted((e.guest, e.host, e.date.value) for e in _events(text, "2023-05-20") if e.type == "Visit")
    assert visits == [("SAU", "SYR", "2023-04-18"), ("SYR", "SAU", "2023-04-12")]


def test_had_been_in_a_capital_is_a_visit():
    text = "Two days before the summit, on Tuesday, Zelensky had been in Washington, where he met President Biden."
    assert ("Visit", ("UKR", "USA"), "2023-12-12", False) in _summary(_events(text, "2023-12-16"))


def test_a_treaty_signed_by_two_leaders_at_a_forum_abroad_is_theirs_not_the_venues():
    text = ("The Falepili Union treaty, signed by Albanese and then-Tuvalu Prime Minister Kausea Natano in Rarotonga last "
            "November, on the sidelines of the previous forum meeting in the Cook Islands, entered into force on Wednesday.")
    assert [e.countries for e in _events(text, "2024-08-29") if e.type == "AgreementSigning"] == [("AUS", "TUV")]


def test_another_countrys_bid_later_in_the_sentence_does_not_take_the_joining():
    text = "Finland joined NATO on 4 April last year, but Sweden's bid was held up for more than 18 months by Turkey."
    assert [e.countries for e in _events(text, "2024-03-08") if e.type == "Accession"] == [("FIN",)]


@pytest.mark.parametrize("text, expected", [
    ("Its parliament voted to ratify on 26 February, three days after Kristersson travelled to Budapest and held talks with "
     "Prime Minister Viktor Orbán.", "2024-02-23"),
    ("The Chinese leader arrived in Astana on Monday, February 26, a day after his birthday, for a state visit.", "2024-02-26"),
])
def test_a_visit_some_days_after_a_day_told_before_it(text, expected):
    assert [e.date.value for e in _events(text, "2024-03-08") if e.type == "Visit"] == [expected]


def test_a_round_of_talks_hosted_with_two_ministers_is_one_meeting_of_three():
    text = ("Foreign Minister Hakan Fidan hosted a first round of talks in Ankara on 1 July with Ethiopia's Foreign Minister "
            "Taye Atske Selassie and his Somali counterpart Ahmed Moallim Fiqi.")
    assert [e.countries for e in _events(text, "2025-03-03") if e.type == "Meeting"] == [("ETH", "SOM", "TUR")]


def test_a_title_alone_is_not_skipped_for_its_own_countrys_minister_who_came_along():
    text = ("DOHA, May 14, 2025 - Emir Sheikh Tamim bin Hamad Al Thani greeted Trump at the airport. Kuwait's Emir Sheikh "
            "Mishal Al-Ahmad Al-Jaber Al-Sabah was in Riyadh. After an official welcome ceremony, Trump and the emir sat down "
            "for talks at the Amiri Diwan, joined by Rubio and Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani.")
    assert ("QAT", "USA") in {e.countries for e in _events(text) if e.type == "Meeting"}
    assert ("KWT", "USA") not in {e.countries for e in _events(text) if e.type == "Meeting"}


def test_addressing_a_gathering_by_video_link_is_no_meeting():
    text = ("Vladimir Putin did not travel to South Africa; he addressed the leaders by video link and sent Foreign "
            "Minister Sergei Lavrov in his place.")
    assert not [e for e in _events(text, "2023-08-28") if e.type == "Meeting"]


def test_who_brokered_the_meeting_told_before_holds_no_meeting_of_their_own():
    text = ("KINGSTOWN, Dec 15, 2023 - Irfaan Ali and Nicolas Maduro met face to face at Argyle airport on Thursday. "
            "Prime Ministers Ralph Gonsalves of St Vincent and Roosevelt Skerrit of Dominica looked on. "
            "Gonsalves, who brokered the meeting together with Skerrit, said on Thursday night that the talks went well.")
    assert [e.countries for e in _events(text) if e.type == "Meeting"] == [("GUY", "VEN")]


def test_the_subject_of_a_main_clause_before_as_does_not_sign():
    text = "Portuguese President Marcelo Rebelo de Sousa tours Luanda as Mozambique and Angola sign a new cooperation programme."
    assert [e.countries for e in _events(text, "2025-02-25") if e.type == "AgreementSigning"] == [("AGO", "MOZ")]


def test_a_leader_who_phoned_two_others_held_a_call_with_each():
    text = ("Trump phoned both governments on July 26, speaking to Cambodian Prime Minister Hun Manet and to Thailand's "
            "acting Prime Minister Phumtham Wechayachai.")
    assert sorted(e.countries for e in _events(text, "2025-10-26") if e.type == "Meeting") == [("KHM", "USA"), ("THA", "USA")]


def test_is_now_the_nth_member_is_a_joining():
    assert _summary(_events("It's official: Timor-Leste is now the 11th member of ASEAN.", "2025-10-26")) == [
        ("Accession", ("TLS",), "2025-10-26", False)]


def test_a_leader_hosting_two_counterparts_for_a_trilateral_summit_gathers_all_three(monkeypatch):
    import kg.extract.events as events
    told, original = [], events._sentence_events

    def spy(sentence, ctx):  # the sentence's own reading, before the story's other sentences are weighed
        found = original(sentence, ctx)
        told.extend((e.type, e.countries) for e in found)
        return found
    monkeypatch.setattr(events, "_sentence_events", spy)
    _events("Tajik President Emomali Rahmon hosted his Kyrgyz and Uzbek counterparts, Sadyr Japarov and Shavkat Mirziyoyev, "
            "for the trilateral summit at the Arbob palace near Khujand.", "2025-03-31")
    assert [countries for kind, countries in told if kind == "Summit"] == [("KGZ", "TJK", "UZB")]


def test_a_trip_planned_to_take_part_in_a_summit_is_a_plan():
    text = ("From Japan, Prime Minister Modi will travel to Tianjin, China, to participate in the Meeting of the Council of "
            "Heads of State of the Shanghai Cooperation Organisation.")
    assert [(e.type, e.planned) for e in _events(text, "2025-08-30") if e.type == "Summit"] == [("Summit", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("The measures, first imposed in 2018, now run until May 31, 2025.", "2018"),
    ("The sanctions regime was first imposed in July 2018.", "2018-07"),
])
def test_the_stories_sanctions_first_imposed_long_ago_are_an_earlier_act(sentence, expected):
    text = "NEW YORK, May 30, 2024 - The UN Security Council on Thursday renewed its arms embargo on South Sudan. " + sentence
    assert ("Sanction", ("SSD",), expected, False) in _summary(_events(text))


def test_a_visit_concluded_today_that_began_on_a_named_day_is_dated_by_its_first_day():
    text = ("Lima, 21 March 2025 - The Minister of Foreign Affairs and Human Mobility, Gabriela Sommerfeld, concluded today "
            "an official visit to the Republic of Peru, which she began on Thursday 20 March at the invitation of her "
            "Peruvian counterpart, Elmer Schialer.")
    assert [(e.guest, e.host, e.date.value) for e in _events(text) if e.type == "Visit"] == [("ECU", "PER", "2025-03-20")]


def test_ecuadors_foreign_minister_is_known_by_her_ministrys_name():
    text = ("Lima, 21 March 2025 - The Minister of Foreign Affairs and Human Mobility, Gabriela Sommerfeld, concluded today an "
            "official visit to Peru. On Friday she attended the Andean Council together with the Minister of Foreign Affairs of "
            "the Plurinational State of Bolivia, Celinda Sosa Lunda.")
    assert [(e.guest, e.host) for e in _events(text) if e.type == "Visit"] == [("ECU", "PER")]


def test_his_ethiopian_and_somali_counterparts_are_both_parties():
    text = ("Foreign Minister Hakan Fidan hosted his Ethiopian and Somali counterparts, Taye Atske Selassie and Ahmed Moallim "
            "Fiqi, in Ankara on July 1 for a first round of indirect talks.")
    assert [e.countries for e in _events(text, "2024-08-20") if e.type == "Meeting"] == [("ETH", "SOM", "TUR")]


def test_readmitted_to_an_organisation_is_a_joining():
    text = "Morocco was readmitted to the African Union on Monday, ending more than three decades of absence."
    assert _summary(_events(text, "2017-01-31")) == [("Accession", ("MAR",), "2017-01-30", False)]


def test_a_summit_at_the_end_of_a_planned_trip_is_a_plan():
    text = ("The US president is expected to fly to Tokyo tomorrow morning, where he will meet Japan's new prime minister, "
            "before heading to South Korea for the APEC summit.")
    assert [(e.type, e.planned) for e in _events(text, "2025-10-26") if e.type == "Summit"] == [("Summit", True)]


def test_founders_listed_before_a_later_joiner_did_not_join():
    text = ("ASUNCION, July 9, 2024 - Mercosur leaders met in Asuncion on Monday. Bolivia becomes the sixth full member of "
            "the bloc, after founders Argentina, Brazil, Paraguay and Uruguay and Venezuela, which joined in 2012 but was "
            "suspended in December 2016.")
    assert ("Accession", ("VEN",), "2012", False) in _summary(_events(text))
    assert not {("ARG",), ("BRA",), ("PRY",), ("URY",)} & {e.countries for e in _events(text) if e.type == "Accession"}


def test_the_accession_spoken_of_is_not_the_speakers_countrys():
    text = ("WASHINGTON, June 5, 2017 - Montenegro joined NATO on Monday. Prime Minister Dusko Markovic deposited the "
            "instrument with Under Secretary of State Thomas Shannon.\n\nShannon said the accession showed that \"NATO's door "
            "remains open\" to countries in the Western Balkans.")
    assert [e.countries for e in _events(text) if e.type == "Accession"] == [("MNE",)]


def test_the_country_a_summit_punished_was_not_at_its_table():
    text = ("ABUJA, July 30, 2023 - Meeting in an emergency summit in the Nigerian capital, the heads of state of the Economic "
            "Community of West African States (ECOWAS) ordered the closure of borders with Niger and froze the assets of "
            "Nigerien state entities. "
            "Senegal's Macky Sall and Ghana's Nana Akufo-Addo were among the leaders at the summit.")
    assert [e.countries for e in _events(text) if e.type == "Summit"] == [("GHA", "NGA", "SEN")]


@pytest.mark.parametrize("text, expected", [
    ("Fidan met Ecuadorian Foreign Minister Gabriela Sommerfeld in New York in September last year on the sidelines of "
     "the UN General Assembly.", ("ECU", "TUR", "USA")),
    ("On June 12, Australian Defence Minister Richard Marles met Chinese Defence Minister Wei Fenghe on the sidelines of the "
     "Shangri-La Dialogue in Singapore.", ("AUS", "CHN", "SGP")),
])
def test_the_venue_of_a_gathering_whose_sidelines_held_talks_takes_part(text, expected):
    assert expected in {e.countries for e in _events(text, "2025-03-03") if e.type == "Summit"}


def test_leaders_who_travelled_together_with_the_subject_visited_too():
    text = ("Earlier today, Prime Minister Justin Trudeau travelled to Kyiv, together with Italian Prime Minister Giorgia "
            "Meloni, Belgian Prime Minister Alexander De Croo and European Commission President Ursula von der Leyen, to mark "
            "the anniversary.")
    assert sorted(e.guest for e in _events(text, "2024-02-24") if e.type == "Visit") == ["BEL", "CAN", "ITA"]


def test_a_plane_that_touched_down_in_a_capital_brought_a_visitor():
    assert [(e.guest, e.host) for e in _events("Maduro's plane touched down in Kingstown shortly after midday.", "2023-12-15")
            if e.type == "Visit"] == [("VEN", "VCT")]


def test_a_name_after_a_title_ends_at_its_possessive():
    text = ("HANOI, Aug 25, 2021 - U.S. Vice President Kamala Harris arrived in Hanoi on Tuesday. Vietnam is the second "
            "leg of Vice President Harris's Southeast Asia trip. She visited Singapore from August 22 to 24.")
    persons = extract_document(Document(text, "t.txt", "t.txt")).mentions.persons
    assert "Harris's Southeast Asia" not in persons
    assert ("USA", "SGP") in [(e.guest, e.host) for e in _events(text) if e.type == "Visit"]


def test_signings_during_the_visit_just_told_are_of_its_day_even_an_earlier_visit():
    text = ("ANKARA, March 12, 2025 - Turkey and Iraq signed a water memorandum on Wednesday. Relations gained momentum after "
            "Erdogan paid an official visit to Baghdad on April 22, 2024, his first in 12 years. During the visit, the two "
            "countries signed 26 memoranda of understanding.")
    assert ("AgreementSigning", ("IRQ", "TUR"), "2024-04-22", False) in _summary(_events(text))


def test_signing_a_strategic_partnership_is_an_agreement():
    text = ("RIYADH, May 14, 2025 - On Tuesday Trump and Crown Prince Mohammed bin Salman held talks at the Royal Court, after "
            "which they signed a \"strategic economic partnership\".")
    assert ("AgreementSigning", ("SAU", "USA"), "2025-05-13", False) in _summary(_events(text))


def test_the_person_whose_visit_a_fronted_phrase_names_is_not_on_the_call():
    text = ("Ahead of Iraqi Foreign Minister Fuad Hussein's visit, Turkish Foreign Minister Hakan Fidan held a phone call on "
            "Tuesday with Syrian Foreign Minister Asaad Hassan al-Shaibani.")
    assert [e.countries for e in _events(text, "2025-03-12") if e.type == "Meeting"] == [("SYR", "TUR")]


def test_a_ministers_country_after_a_long_portfolio_title():
    text = ("MUSCAT, Feb 17, 2025 - Sayyid Badr Albusaidi received a phone call from Mahmoud Thabit Kombo, Minister of "
            "Foreign Affairs and East African Cooperation of Tanzania, during which they discussed the joint commission.")
    persons = extract_document(Document(text, "t.txt", "t.txt")).mentions.persons
    assert persons["Mahmoud Thabit Kombo"].country == "TZA"
    assert [e.countries for e in _events(text) if e.type == "Meeting"] == [("OMN", "TZA")]


def test_attending_an_inauguration_a_parade_or_talks_is_no_summit():
    for text in ("Ghana's President John Mahama was among the heads of state who attended Netumbo Nandi-Ndaitwah's "
                 "inauguration in Windhoek on Friday.",
                 "Lula arrived in Luanda straight from the BRICS summit in Johannesburg. Angolan President Joao Lourenco was "
                 "among the foreign leaders who attended Lula's inauguration in Brasilia on January 1.",
                 "Tajik President Emomali Rahmon attended the Victory Day parade in Moscow on Friday.",
                 "Xi Jinping held talks with Lula in Brasilia on Friday, days after the G20 summit in Rio de Janeiro. "
                 "Cai Qi and Wang Yi, among others, attended the talks."):
        summits = [e for e in _events(text, "2025-03-22") if e.type == "Summit"]
        assert not any("attended" in ev.quote for e in summits for ev in e.evidence), text


def test_attending_the_opening_ceremony_of_a_summit_is_the_summit():
    text = "Kenyan President William Ruto attended the opening ceremony of the African Union summit in Addis Ababa on Sunday."
    assert [e.countries for e in _events(text, "2025-02-17") if e.type == "Summit"] == [("ETH", "KEN")]


def test_a_summit_told_after_a_fronted_clause_of_travel_and_named_by_its_meeting():
    text = ("BRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Lula on Wednesday, "
            "a day after the G20 Leaders' Summit in Rio de Janeiro. Before arriving in Brazil, Xi attended the 31st APEC "
            "Economic Leaders' Meeting in Lima and paid a state visit to Peru.")
    summits = {e.organization: e.countries for e in _events(text, "2024-11-20") if e.type == "Summit"}
    assert summits.get("APEC") == ("CHN", "PER")


def test_meeting_two_officials_separately_is_two_meetings():
    text = ("HANOI, Jan 30 - Philippine President Ferdinand Marcos Jr. held talks with Vietnamese President Vo Van Thuong on "
            "Tuesday. Later on Tuesday, the President met separately with Prime Minister Pham Minh Chinh and National Assembly "
            "Chairman Vuong Dinh Hue.")
    meetings = [e for e in _events(text, "2024-01-30") if e.type == "Meeting"]
    assert [e.countries for e in meetings] == [("PHL", "VNM")] * 3
    assert {p for e in meetings for p in e.persons} >= {"Pham Minh Chinh", "Vuong Dinh Hue"}


def test_the_first_visit_since_a_predecessor_went_tells_that_earlier_visit():
    text = ("COLOMBO, May 5, 2025 - Sri Lankan President Anura Kumara Dissanayake arrived in Hanoi on Sunday for a state visit. "
            "This is the first State Visit to Vietnam by a Sri Lankan Head of State since President Maithripala Sirisena "
            "visited Hanoi in January 2019.")
    visits = sorted((e.countries, e.date.value) for e in _events(text) if e.type == "Visit")
    assert visits == [(("LKA", "VNM"), "2019-01"), (("LKA", "VNM"), "2025-05-04")]
    text = ("Scholz arrived in Brasilia on Monday. He is the first Western head of government to visit Brazil since Lula was "
            "sworn in for a third term on Jan. 1.")
    assert len([e for e in _events(text, "2023-01-31") if e.type == "Visit"]) == 1


def test_a_first_visit_to_the_country_since_a_date_is_to_the_visits_host():
    text = "Lavrov arrived in Wonsan on Friday evening on an official visit to the DPRK, his first to the country since October 2023."
    visits = sorted((e.countries, e.date.value) for e in _events(text, "2025-07-12") if e.type == "Visit")
    assert visits == [(("RUS", "PRK"), "2023-10"), (("RUS", "PRK"), "2025-07-11")]


def test_talks_in_the_hosts_city_tell_a_visit_when_the_visit_word_built_none():
    text = ("Serbian President Aleksandar Vučić met UAE President Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi on Tuesday "
            "during a working visit.")
    assert [(e.guest, e.host) for e in _events(text, "2025-11-12") if e.type == "Visit"] == [("SRB", "ARE")]
    text = "On Monday in Hanoi, Chinese President Xi Jinping held talks with Vietnamese leader To Lam."
    assert ("Visit", ("CHN", "VNM"), "2025-04-14", False) in _summary(_events(text, "2025-04-15"))


def test_a_decision_to_open_accession_talks_is_no_meeting():
    text = ("BRUSSELS, Dec 15 - The leaders also granted Georgia the status of a candidate country and said talks with Bosnia "
            "and Herzegovina would be opened once it meets the criteria. European Union leaders agreed on Thursday to open "
            "membership negotiations with Ukraine and Moldova.")
    assert [e for e in _events(text, "2023-12-15") if e.type == "Meeting"] == []


def test_a_blocs_sanctions_under_a_leaders_chairmanship_are_the_blocs():
    text = ("On July 30, 2023, leaders of the Economic Community of West African States meeting in Abuja under Tinubu's "
            "chairmanship imposed sweeping sanctions on Niger, closing borders and freezing the country's assets.")
    (sanction,) = [e for e in _events(text, "2024-05-01") if e.type == "Sanction"]
    assert (sanction.imposers, sanction.targets, sanction.countries) == (("ECOWAS",), ("NER",), ("NER",))


def test_a_leader_who_called_another_by_surname_held_a_call():
    text = ("Turkish President Recep Tayyip Erdogan met Sudan's army chief Abdel Fattah al-Burhan in May. On December 13, "
            "Erdogan called Burhan and offered to mediate between Sudan and the United Arab Emirates. A new party called "
            "Renaissance, founded by Gabriel Attal, won seats.")
    meetings = sorted((e.countries, e.date.value) for e in _events(text, "2025-01-20") if e.type == "Meeting")
    assert meetings == [(("SDN", "TUR"), "2024-05"), (("SDN", "TUR"), "2024-12-13")]


def test_two_signers_named_before_the_verb_exclude_the_venues_country():
    text = "At the G7 summit in Apulia, in southern Italy, Biden and Zelensky on Thursday signed a ten-year bilateral security agreement."
    assert [e.countries for e in _events(text, "2024-06-15") if e.type == "AgreementSigning"] == [("UKR", "USA")]


def test_signing_on_a_two_country_trip_is_a_signing_in_each():
    text = "French President Emmanuel Macron visited Kazakhstan and Uzbekistan in November 2023, signing deals on uranium."
    signings = sorted(e.countries for e in _events(text, "2025-06-06") if e.type == "AgreementSigning")
    assert signings == [("FRA", "KAZ"), ("FRA", "UZB")]


def test_two_governments_named_by_demonyms_sign_cooperation_instruments():
    text = "The Angolan and Zambian governments signed on Wednesday in Luanda six cooperation instruments on transport."
    assert [e.countries for e in _events(text, "2025-06-06") if e.type == "AgreementSigning"] == [("AGO", "ZMB")]


def test_a_summit_attended_on_an_earlier_visit_is_the_travellers_and_dated_then():
    text = ("His most recent visit to Viet Nam was in November 2017, when President Putin attended the APEC Economic "
            "Leaders' Week in Da Nang city.")
    summits = [(e.countries, e.organization, e.date.value) for e in _events(text, "2024-06-20") if e.type == "Summit"]
    assert summits == [(("RUS", "VNM"), "APEC", "2017-11")]


def test_joinings_told_without_the_organisations_name():
    text = ("The East African Community was founded by Kenya, Uganda and Tanzania. Rwanda and Burundi had joined the three "
            "founding states in 2007. NATO welcomed Sweden on Thursday. Finland completed its accession on 4 April 2023, when "
            "its flag was raised in Brussels. Austria has shown little appetite to join.")
    joined = sorted((e.countries, e.organization, e.date.value) for e in _events(text, "2024-03-08") if e.type == "Accession")
    assert joined == [(("BDI",), "EAC", "2007"), (("FIN",), "NATO", "2023-04-04"), (("RWA",), "EAC", "2007")]


def test_attending_a_named_summit_without_an_organisation_is_a_summit():
    text = ("President Ruto last visited Seoul in June 2024, when he attended the Korea-Africa Summit hosted by then "
            "President Yoon Suk Yeol.")
    assert [(e.type, e.countries) for e in _events(text, "2025-08-25") if e.type in ("Summit", "Meeting")] == [
        ("Summit", ("KEN", "KOR"))]


def test_sanctions_imposed_by_it_are_the_organisation_just_spoken_of():
    text = ("Meanwhile the European Union has kept tightening the screws. On March 15 it adopted its fourth package of "
            "sanctions against Russia, banning new European investment in the Russian energy sector.")
    (sanction,) = [e for e in _events(text, "2022-04-08") if e.type == "Sanction"]
    assert (sanction.imposers, sanction.targets, sanction.date.value) == (("EU",), ("RUS",), "2022-03-15")


def test_leaders_who_joined_a_meeting_by_phone_or_were_present_take_part_in_it():
    text = ("RIYADH, May 14, 2025 - Gulf leaders gathered for the GCC summit in Riyadh on Wednesday. Earlier, Trump met Syria's "
            "interim President Ahmed al-Sharaa in Riyadh. The meeting lasted about 33 minutes, with Crown Prince Mohammed bin "
            "Salman present and Turkish President Recep Tayyip Erdogan joining by telephone.")
    meetings = [e.countries for e in _events(text) if e.type == "Meeting"]
    assert meetings == [("SAU", "SYR", "TUR", "USA")]


def test_a_fronted_day_in_a_sentence_whose_trigger_built_nothing_dates_the_story():
    text = ("BEIJING, April 14 - Lula, who landed in Shanghai late on Wednesday at the start of a four-day state visit to China, "
            "met Xi Jinping on Friday.\n\nOn Thursday in Shanghai he attended the swearing-in of Dilma Rousseff as head of the "
            "New Development Bank.\n\nThe same day in Beijing, Brazilian Foreign Minister Mauro Vieira held talks with his "
            "Chinese counterpart Qin Gang.")
    meetings = sorted(e.date.value for e in _events(text, "2023-04-14") if e.type == "Meeting")
    assert meetings == ["2023-04-13", "2023-04-14"]


def test_the_day_before_the_talks_is_a_time_not_a_meeting():
    text = ("MOSCOW, April 8 - Russian Foreign Minister Sergey Lavrov held talks with Mongolian Foreign Minister Battsetseg "
            "Batmunkh in Moscow on Tuesday.\n\nBattsetseg arrived in Moscow on Monday for a three-day official visit. On Monday "
            "evening, she met with Natural Resources Minister Alexander Kozlov. The day before the talks at the Foreign "
            "Ministry, the Mongolian minister also laid a wreath at the Tomb of the Unknown Soldier by the Kremlin wall.")
    meetings = [e for e in _events(text, "2025-04-08") if e.type == "Meeting"]
    assert [e.date.value for e in meetings] == ["2025-04-08"]
    assert not any("wreath" in ev.quote for e in meetings for ev in e.evidence)


def test_he_travelled_to_the_kingdom_is_a_visit_to_the_storys_country():
    text = ("RABAT, Oct 28 - French President Emmanuel Macron arrived in Rabat on Monday for a state visit to Morocco. He last "
            "travelled to the Kingdom in November 2018, when he and King Mohammed VI inaugurated a rail line.")
    visits = sorted((e.countries, e.date.value) for e in _events(text, "2024-10-29") if e.type == "Visit")
    assert visits == [(("FRA", "MAR"), "2018-11"), (("FRA", "MAR"), "2024-10-28")]


@pytest.mark.parametrize("sentence, expected", [
    ("Cuba was first designated in 1982.", ("Sanction", ("CUB", "USA"), "1982", False)),
    ("Ottawa had previously targeted individual settlers: in May last year it imposed measures on seven people.",
     ("Sanction", ("CAN", "ISR"), "2024-05", False)),
])
def test_earlier_rounds_of_the_storys_sanctions(sentence, expected):
    lead = {"CUB": "WASHINGTON - President Donald Trump on Monday returned Cuba to the U.S. list of state sponsors of terrorism. ",
            "CAN": "OTTAWA - Canada on Tuesday imposed sanctions on two members of Israel's cabinet. "}[expected[1][0]]
    assert expected in _summary(_events(lead + sentence, "2025-06-11"))


# words of an event type that tell no event of it: taking part, a host named, a meeting described, a process
@pytest.mark.parametrize("kind, published, text", [
    ("Accession", "2024-11-16", "Later on Friday, President Prabowo joined the leaders of the other APEC economies at the opening session."),
    ("Accession", "2023-05-21", "Zelensky flew on to Japan, arriving in Hiroshima on Saturday to join the Group of Seven summit."),
    ("Accession", "2024-05-07", "At the Elysee Palace on Monday, Macron held talks with Xi, joined for a trilateral session by Ursula "
                                "von der Leyen."),
    ("Meeting", "2025-06-25", "The two-day gathering at the World Forum, hosted by Dutch Prime Minister Dick Schoof, opened on Tuesday "
                              "with a dinner given for U.S. President Donald Trump."),
    ("Meeting", "2025-09-01", "Addressing the SCO Plus session, hosted by Chinese President Xi Jinping, Pakistani Prime Minister Shehbaz "
                              "Sharif said Pakistan rejected terrorism."),
    ("Meeting", "2025-07-16", "Italian Foreign Minister Antonio Tajani, who chaired the meeting, told reporters that Washington had "
                              "informed Iran late."),
    ("Meeting", "2025-03-14", "On Thursday the two sides announced that negotiations on the text of the peace agreement between Armenia "
                              "and Azerbaijan had been completed."),
    ("Meeting", "2024-05-28", "The leaders of South Korea, China and Japan agreed on Monday to speed up negotiations on a trilateral free "
                              "trade deal."),
])
def test_event_words_that_tell_no_event_of_their_type(kind, published, text):
    assert [e for e in _events(text, published) if e.type == kind] == []


def test_the_meeting_told_already_is_described_not_held_again():
    text = ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Tianjin on Tuesday. The meeting, "
            "chaired by Wang Yi, was attended by the foreign ministers of Iran and Pakistan.")
    assert [e.countries for e in _events(text, "2025-07-16") if e.type == "Meeting"] == [("CHN", "RUS")]


def test_before_the_signing_is_a_time_not_a_signing():
    text = ("Before the signing, Australian Prime Minister Anthony Albanese and Papua New Guinea's James Marape held "
            "bilateral talks on security, labour mobility and the PNG-Australia rugby league partnership.")
    assert [e.type for e in _events(text, "2025-10-26")] == ["Meeting"]


def test_flying_in_for_a_gatherings_session_is_no_bilateral_visit():
    text = ("JOHANNESBURG, Aug 25 - BRICS leaders opened their summit on Thursday. Saudi Foreign Minister Prince Faisal bin "
            "Farhan, who flew in for Thursday's outreach session, said the kingdom would study the offer.")
    assert [e for e in _events(text, "2023-08-25") if e.type == "Visit"] == []


def test_a_call_on_others_to_impose_sanctions_is_no_sanction():
    text = ("ALGIERS, Jan 18 - Foreign Minister Ahmed Attaf renewed Algeria's call on the UN Security Council to impose "
            "sanctions on Israel.")
    assert [e for e in _events(text, "2025-01-18") if e.type == "Sanction" and not e.planned] == []


def test_a_tally_of_sanctions_since_a_year_is_no_act():
    text = ("OTTAWA, Feb 24 - Since February 2022, Canada has imposed sanctions on more than 3,000 individuals and entities in "
            "Russia, Ukraine, Belarus and Moldova.")
    assert [e for e in _events(text, "2025-02-24") if e.type == "Sanction"] == []


@pytest.mark.parametrize("text, visits", [
    ("Finnish President Alexander Stubb did not meet Estonian Prime Minister Kaja Kallas, who was in Brussels.", []),
    ("Iranian President Ebrahim Raisi, who was in Johannesburg for an outreach session with leaders from Africa, hailed "
     "the invitation.", []),
    ("Zimbabwean President Emmerson Mnangagwa, who was in Russia on a working visit, met Putin on Tuesday.", [("ZWE", "RUS")]),
])
def test_being_somewhere_is_a_visit_only_when_told_as_one(text, visits):
    assert [(e.guest, e.host) for e in _events(text, "2023-07-26") if e.type == "Visit"] == visits


def test_member_states_adopt_their_organisations_package_and_under_a_president_is_no_target():
    text = ("BRUSSELS, Dec 20 - The European Union imposed sanctions on Iran on Friday. On Monday, member states formally "
            "adopted a 12th package of sanctions against Russia, including a ban on imports of Russian diamonds.")
    assert ("Sanction", ("RUS",), "2023-12-18", False) in _summary(_events(text, "2023-12-20"))
    text = ("OTTAWA - Canada on Tuesday imposed sanctions on violent Israeli settlers. The United States under former "
            "President Joe Biden sanctioned dozens of settlers and settler groups under an executive order in February 2024.")
    assert ("Sanction", ("ISR", "USA"), "2024-02", False) in _summary(_events(text, "2025-06-11"))


def test_suspending_the_issuance_of_permits_for_exports_is_a_sanction():
    text = ("OTTAWA - Canada announced in late February that it was suspending the issuance of new permits for exports of "
            "controlled goods and technology to Rwanda.")
    assert ("Sanction", ("CAN", "RWA"), "2025-02", False) in _summary(_events(text, "2025-03-04"))


def test_both_leaders_flew_to_a_third_country_is_a_visit_by_each():
    text = ("WASHINGTON, Aug 8 - Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a "
            "joint declaration at the White House on Friday. Both leaders had flown to Washington on Thursday.")
    visits = sorted((e.guest, e.host, e.date.value) for e in _events(text, "2025-08-09") if e.type == "Visit")
    assert visits == [("ARM", "USA", "2025-08-07"), ("AZE", "USA", "2025-08-07")]


def test_both_men_in_a_capital_for_ministers_meetings_made_no_visit():
    text = ("VIENTIANE, July 27 - Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken on Saturday. "
            "Both men were in Laos for the annual round of ASEAN foreign ministers' meetings.")
    assert [e for e in _events(text, "2024-07-27") if e.type == "Visit"] == []


def test_a_numbered_summit_of_two_countries_without_an_organisation_is_their_meeting():
    text = "PRAIA, Nov 12 - Portugal and Cabo Verde sign nine agreements at VIII Summit in Praia."
    assert [(e.type, e.countries) for e in _events(text, "2025-11-12") if e.type in ("Summit", "Meeting")] == [
        ("Meeting", ("CPV", "PRT"))]


def test_has_yet_to_visit_is_no_visit():
    text = ("Opposition lawmakers note that Argentine President Javier Milei has yet to visit Brazil, Argentina's largest "
            "trading partner.")
    assert [e for e in _events(text, "2024-06-25") if e.type == "Visit"] == []


def test_a_visit_that_is_planned_after_the_word_is_a_plan():
    text = ("From Budapest, Uzbek President Shavkat Mirziyoyev will travel to Belgrade, where an official visit to the Republic "
            "of Serbia is planned.")
    assert [(e.type, e.planned) for e in _events(text, "2022-10-08")] == [("Visit", True)]


@pytest.mark.parametrize("text, published", [
    ("Azerbaijani President Ilham Aliyev said the treaty that Russia and Azerbaijan are going to sign today is a "
     "breakthrough.", "2025-01-17"),
    ("Austrian Chancellor Karl Nehammer is still holding up the twelfth package of EU sanctions against Russia.", "2023-12-10"),
])
def test_plans_and_blocks_told_around_the_word_give_no_fact(text, published):
    assert [e for e in _events(text, published) if not e.planned] == []


def test_a_date_in_the_clause_about_a_topic_discussed_is_not_the_talks_date():
    text = ("WELLINGTON, Aug 2 - Australian Prime Minister Anthony Albanese met New Zealand Prime Minister Christopher Luxon "
            "on Friday. The two prime ministers discussed Kanaky/New Caledonia, where violent unrest erupted in May.")
    assert [e.date.value for e in _events(text, "2024-08-02") if e.type == "Meeting"] == ["2024-08-02"]


def test_a_meeting_of_a_groups_ministers_is_no_two_sided_meeting():
    text = ("At a meeting in Brussels on Monday, EU foreign ministers were unable to agree on sanctions against Georgian "
            "officials because Hungary and Slovakia opposed them.")
    assert [e.countries for e in _events(text, "2024-12-17") if e.type == "Meeting"] == []
    text = ("British Foreign Secretary David Cameron spent Wednesday and Thursday at a meeting of Group of 20 foreign "
            "ministers in Rio de Janeiro, where Russian Foreign Minister Sergei Lavrov was also present.")
    assert [e.countries for e in _events(text, "2024-02-23") if e.type == "Meeting"] == []
    text = ("It is reminded that on October 31 in Sochi the trilateral meeting of the leaders of Russia, Azerbaijan and "
            "Armenia took place.")
    assert [e.countries for e in _events(text, "2022-11-02") if e.type == "Meeting"] == [("ARM", "AZE", "RUS")]


def test_sitting_down_with_two_leaders_for_a_trilateral_is_one_meeting():
    text = ("OSAKA, June 28 - Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shinzo Abe. On the "
            "same day he sat down with Chinese President Xi Jinping and Russian President Vladimir Putin for a separate "
            "Russia-India-China trilateral.")
    assert sorted(e.countries for e in _events(text, "2019-06-28") if e.type == "Meeting") == [
        ("CHN", "IND", "RUS"), ("IND", "JPN")]


@pytest.mark.parametrize("text, published", [
    ("Gulf capitals cleared their desks this week ahead of the 46th summit of the Gulf Cooperation Council, which Bahrain "
     "hosts on Wednesday.", "2025-11-29"),
    ("Their foreign ministers, Cho Hyun and Takeshi Iwaya, held talks in Kuala Lumpur on July 11 to prepare the summit.",
     "2025-08-23"),
])
def test_a_summit_named_as_a_time_or_a_goal_is_no_summit_held(text, published):
    assert [e for e in _events(text, published) if e.type == "Summit" and not e.planned] == []


@pytest.mark.parametrize("text, published, expected", [
    ("Nepal's Prime Minister KP Sharma Oli arrived in Beijing on Monday. On Tuesday he met Chinese Premier Li Qiang. Later "
     "the same day, Oli met Zhao Leji, chairman of the Standing Committee of the National People's Congress.", "2024-12-04",
     [("CHN", "NPL"), ("CHN", "NPL")]),
    ("Pakistani Foreign Minister Ishaq Dar arrived in Moscow on Monday. On Tuesday he met Vyacheslav Volodin, chairman of "
     "the State Duma.", "2025-04-09", [("PAK", "RUS")]),
])
def test_a_legislature_gives_its_chairman_a_country(text, published, expected):
    assert [e.countries for e in _events(text, published) if e.type == "Meeting"] == expected


@pytest.mark.parametrize("second, expected", [
    ("Canada announced similar measures on Tuesday, barring the export of aviation fuel to Myanmar.", [("CAN", "MMR", False)]),
    ("Japan imposed similar sanctions on Tuesday.", [("JPN", "MMR", False)]),
    ("Tokyo said on Tuesday it was studying similar measures.", []),
])
def test_similar_measures_by_another_imposer_are_its_sanction(second, expected):
    text = "The United States on Monday announced sanctions on Myanmar's Union Election Commission. " + second
    sanctions = [e for e in _events(text, "2023-02-01") if e.type == "Sanction" and "USA" not in e.countries]
    assert [(*e.countries, e.planned) for e in sanctions if not e.planned] == expected


def test_a_summit_opened_on_monday_and_closed_on_friday_is_one_with_everyone_named_at_it():
    text = ("SUVA, Sept 12, 2025 - Pacific Islands Forum leaders wrapped up their annual meeting in the Fijian capital on "
            "Friday, Sept. 12. The 54th Pacific Islands Forum Leaders Meeting opened on Sept. 8 under the chairmanship of "
            "Fiji's Prime Minister Sitiveni Rabuka. Leaders from 18 member countries attended, among them Papua New Guinea's "
            "James Marape, Solomon Islands Prime Minister Jeremiah Manele, at his first Forum since taking office in May last "
            "year, and Vanuatu Prime Minister Jotham Napat.")
    summits = [e for e in _events(text) if e.type == "Summit"]
    assert [e.countries for e in summits] == [("FJI", "PNG", "SLB", "VUT")]


def test_several_summits_each_take_the_leaders_named_after_them():
    text = ("TIANJIN, Sept 3, 2025 - Leaders of the Shanghai Cooperation Organisation opened their summit in Tianjin on Monday, "
            "hosted by Chinese President Xi Jinping. Also present were Indian Prime Minister Narendra Modi and Russian "
            "President Vladimir Putin. On Wednesday, Belarusian President Alexander Lukashenko and Armenian Prime Minister "
            "Nikol Pashinyan opened the summit of the Eurasian Economic Union in Minsk. Also present were Kazakh President Kassym-Jomart Tokayev and "
            "Kyrgyz President Sadyr Japarov.")
    summits = sorted((e.organization, e.countries) for e in _events(text) if e.type == "Summit")
    assert summits == [("EAEU", ("ARM", "BLR", "KAZ", "KGZ")), ("SCO", ("CHN", "IND", "RUS"))]


def test_a_summit_told_on_its_first_and_last_days_is_one_dated_from_its_opening():
    text = ("NUKU'ALOFA, Aug 30, 2024 - The 53rd Pacific Islands Forum Leaders Meeting opened on Aug. 26 under the chairmanship "
            "of Tonga's Prime Minister Siaosi Sovaleni. Pacific Islands Forum leaders wrapped up their annual meeting in the "
            "Tongan capital on Aug. 30, endorsing a policing plan funded by Australian Prime Minister Anthony Albanese.")
    summits = [e for e in _events(text) if e.type == "Summit"]
    assert [(e.countries, e.date.value) for e in summits] == [(("AUS", "TON"), "2024-08-26")]


def test_a_title_alone_before_its_verb_is_the_story_s_holder_and_sideline_meetings_are_one_each():
    text = ("New Delhi, 23 September 2024 - Prime Minister Shri Narendra Modi paid a visit to the United States from 21 to 23 "
            "September 2024. On 23 September, Prime Minister addressed the Summit of the Future at the UN General Assembly. On "
            "the sidelines of the Summit, Prime Minister met President of Ukraine H.E. Mr. Volodymyr Zelenskyy and Crown "
            "Prince of Kuwait H.H. Sheikh Sabah Khaled Al-Hamad Al-Mubarak Al-Sabah.")
    meetings = sorted(e.countries for e in _events(text) if e.type == "Meeting")
    assert meetings == [("IND", "KWT"), ("IND", "UKR")]


@pytest.mark.parametrize("text, expected", [
    ("Kigali, June 24, 2022 - Commonwealth leaders opened their summit in Kigali on Friday, hosted by Rwandan President Paul "
     "Kagame and attended by British Prime Minister Boris Johnson. The previous Commonwealth summit was held in London in April 2018.",
     [("GBR", "2018-04"), ("GBR", "RWA")]),
    ("Kigali, June 24, 2022 - Commonwealth leaders opened their summit in Kigali on Friday, hosted by Rwandan President Paul "
     "Kagame and attended by British Prime Minister Boris Johnson. The previous CHOGM was held in Valletta in November 2015.",
     [("GBR", "RWA"), ("MLT", "2015-11")]),
    # a summit of the story's own days is told with its participants, not by its host alone
    ("Kigali, June 24, 2022 - Commonwealth leaders opened their summit in Kigali on Friday.", []),
])
def test_an_earlier_summit_told_by_its_place_and_date_is_its_host_s(text, expected):
    summits = sorted((*e.countries[:1], e.date.value) if len(e.countries) == 1 else e.countries
                     for e in _events(text) if e.type == "Summit")
    assert summits == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Vladimir Putin last visited Uzbekistan in September 2022, when he took part in the summit of the Shanghai "
     "Cooperation Organisation.", "2024-05-27", ("RUS", "UZB")),
    ("Tinubu flew to Brazil from Japan, where he attended the ninth Tokyo International Conference on African Development "
     "last week.", "2025-08-26", ("JPN", "NGA")),
])
def test_a_summit_attended_in_a_clause_of_a_trip_is_held_where_the_clause_says(text, published, expected):
    assert [e.countries for e in _events(text, published) if e.type == "Summit"] == [expected]


def test_the_following_year_and_a_month_later_count_from_the_date_told_last():
    text = ("MOSCOW, May 8, 2024 - The treaty establishing the union was signed in Astana on May 29, 2014, by the presidents "
            "of Russia, Belarus and Kazakhstan. Armenia and Kyrgyzstan joined the Eurasian Economic Union the following year. "
            "A month later, Putin visited Minsk. A 1995 security pact signed by Yeltsin and Lukashenko was revised four years "
            "later.")
    dates = sorted((e.type, e.countries, e.date.value) for e in _events(text) if e.type in ("Accession", "Visit"))
    assert dates == [("Accession", ("ARM",), "2015"), ("Accession", ("KGZ",), "2015"), ("Visit", ("RUS", "BLR"), "2014-06")]


@pytest.mark.parametrize("text, expected", [
    ("SEOUL, Oct 31, 2025 - South Korean President Lee Jae-myung met Chinese Foreign Minister Wang Yi in Seoul on June 3. "
     "Five days later, on June 9, he spoke by telephone with Japanese Prime Minister Shigeru Ishiba.", "2025-06-09"),
    ("SEOUL, Oct 31, 2025 - Cho Hyun, a career diplomat who became South Korea's foreign minister in July, spoke by telephone "
     "with his Japanese counterpart Toshimitsu Motegi on Monday.", "2025-10-27"),
])
def test_a_day_told_after_days_later_and_a_career_date_in_an_apposition(text, expected):
    assert [e.date.value for e in _events(text) if e.type == "Meeting" and "JPN" in e.countries] == [expected]


def test_two_days_earlier_counts_back_from_the_day_told_last():
    text = ("SEOUL, Oct 31, 2025 - Japanese Prime Minister Sanae Takaichi arrived in Busan on Thursday afternoon. Two days "
            "earlier she had hosted Donald Trump in Tokyo, where the two leaders signed a framework on critical minerals.")
    dates = {e.type: e.date.value for e in _events(text) if "USA" in e.countries}
    assert dates == {"Visit": "2025-10-28", "Meeting": "2025-10-28", "AgreementSigning": "2025-10-28"}


def test_a_month_then_a_day_in_it_dates_the_talks_to_the_day_and_the_trip_to_the_month():
    text = ("BRASILIA, Jun 2, 2023 - In January, Lula visited Buenos Aires, holding talks with Argentine President Alberto "
            "Fernandez on Jan. 23.")
    dates = {e.type: e.date.value for e in _events(text)}
    assert dates == {"Visit": "2023-01", "Meeting": "2023-01-23"}


def test_one_received_by_an_unnamed_host_in_a_capital_met_that_country():
    text = ("JEDDAH, July 9, 2025 - Iranian Foreign Minister Abbas Araghchi met Saudi officials on Tuesday. Araghchi was also "
            "received by the crown prince in Riyadh on October 9 last year.")
    meetings = sorted((e.countries, e.date.value) for e in _events(text) if e.type == "Meeting")
    assert meetings == [(("IRN", "SAU"), "2024-10-09"), (("IRN", "SAU"), "2025-07-08")]


@pytest.mark.parametrize("text, published, expected", [
    ("Trudeau had come to Malta from London, where on Wednesday he had talks with British Prime Minister David Cameron.",
     "2015-11-27", ("CAN", "GBR", "2015-11-25")),
    ("US envoy Steve Witkoff had flown into Muscat on Saturday from St Petersburg, where he met Russian President Vladimir "
     "Putin on Friday.", "2025-04-13", ("USA", "RUS", "2025-04-11")),
])
def test_talks_where_a_traveller_came_from_tell_a_visit_there(text, published, expected):
    visits = [(e.guest, e.host, e.date.value) for e in _events(text, published) if e.type == "Visit"]
    assert expected in visits


def test_no_named_meeting_is_a_negation():
    text = "LIVE: Sheinbaum at the G7 in Kananaskis - no Trump meeting after US president leaves early"
    assert [e for e in _events(text, "2025-06-17") if e.type == "Meeting"] == []


@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan acceded to the Eurasian Economic Union on Monday.", [("UZB", "EAEU")]),
    ("Syria's readmission to the Arab League was approved on Sunday.", [("SYR", "LAS")]),
    ("Saudi Arabia was formally inducted into BRICS on Monday.", [("SAU", "BRICS")]),
    ("Uzbekistan acceded to Russia's request on Monday.", []),
])
def test_acceding_readmission_and_induction_are_joinings(text, expected):
    assert [(*e.countries, e.organization) for e in _events(text, "2025-01-10") if e.type == "Accession"] == expected


@pytest.mark.parametrize("text, expected", [
    ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held a summit in Tokyo on Saturday.",
     [("Meeting", ("JPN", "KOR"))]),
    ("South Korean President Lee Jae-myung and Chinese President Xi Jinping held their first summit in Gyeongju on Saturday.",
     [("Meeting", ("CHN", "KOR"))]),
])
def test_two_leaders_holding_a_summit_is_their_meeting(text, expected):
    assert [(e.type, e.countries) for e in _events(text, "2025-07-10") if e.type in ("Meeting", "Summit")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Egypt's Sisi spoke with Qatar's emir by telephone on Monday.", [("EGY", "QAT")]),
    ("Egypt's Sisi spoke with Qatar's prime minister about Israel's war in Gaza on Monday.", [("EGY", "QAT")]),
])
def test_a_country_s_leader_after_with_is_a_party_not_a_topic(text, expected):
    assert [e.countries for e in _events(text, "2025-07-10") if e.type == "Meeting"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Indian Prime Minister Narendra Modi dialled Japanese Prime Minister Shigeru Ishiba on Monday.", ("IND", "JPN")),
    ("Nigerian President Bola Tinubu granted an audience to the visiting Ghanaian foreign minister on Tuesday.", ("GHA", "NGA")),
])
def test_a_call_dialled_and_an_audience_granted_are_meetings(text, expected):
    assert [e.countries for e in _events(text, "2025-07-10") if e.type == "Meeting"] == [expected]


def test_putting_pen_to_paper_is_a_signing():
    text = "Ministers from Japan and the Philippines put pen to paper on a reciprocal access agreement on Monday."
    assert [e.countries for e in _events(text, "2025-07-10") if e.type == "AgreementSigning"] == [("JPN", "PHL")]


@pytest.mark.parametrize("text, country", [
    ("Coast guard ships of the Philippines were rammed in the South China Sea.", "CHN"),
    ("Latin American leaders met in Bogota.", "USA"),
    ("Warships patrolled the Indian Ocean.", "IND"),
    ("Governor of New Mexico attended.", "MEX"),
])
def test_a_place_that_holds_a_countrys_name_is_not_that_country(text, country):
    from kg.extract import find_mentions, load_gazetteer

    assert country not in {m.country for m in find_mentions(text, load_gazetteer()).mentions}


def test_a_sea_named_in_a_visit_story_is_no_party_to_the_visit():
    events = _events("HANOI, Jan 30 (Reuters) - Vietnam and the Philippines on Tuesday signed agreements to prevent "
                     "incidents in the South China Sea and to boost coast guard cooperation, during a two-day state "
                     "visit to Hanoi by Philippine President Ferdinand Marcos Jr.", "2024-01-30")
    assert ("Visit", ("PHL", "VNM"), "2024-01-30", False) in _summary(events)
    assert all("CHN" not in e.countries for e in events)


def test_places_csv_is_data_a_user_extends(data_copy):
    from kg.extract.gazetteer import Gazetteer

    folder = data_copy
    assert [m.key for m in Gazetteer(folder).find("the Gulf of Honduras")] == ["HND"]
    with (folder / "places.csv").open("a", encoding="utf-8") as handle:
        handle.write("Gulf of Honduras,a gulf: not Honduras\n")
    assert Gazetteer(folder).find("the Gulf of Honduras") == []


def test_countries_of_a_background_clause_are_no_guests_of_a_visit_told_from_the_dateline():
    events = _events("WASHINGTON (AP) - President Joe Biden welcomed Kenyan President William Ruto to the White House on "
                     "Thursday for the first state visit by an African leader since 2008, as the U.S. seeks to shore up "
                     "ties on a continent where China and Russia have made inroads.", "2024-05-23")
    assert [(e.host, e.guests) for e in events if e.type == "Visit"] == [("USA", ("KEN",))]


def test_a_deal_worth_billions_is_no_domestic_bill():
    events = _events("Nigeria and China signed a 15 billion yuan currency swap deal in 2018.", "2024-08-29")
    assert _summary(events) == [("AgreementSigning", ("CHN", "NGA"), "2018", False)]
    assert _events("President Tinubu signed the bills into law on Monday, flanked by Chinese investors.", "2024-08-29") == []


def test_he_after_a_title_that_opens_the_sentence_is_that_titles_holder():
    events = _events("Prime Minister Shri Narendra Modi paid an official visit to Austria on 9-10 July 2024. Prime Minister "
                     "also called on the President of Austria H.E. Mr. Alexander Van der Bellen. Prime Minister arrived in "
                     "Vienna from Moscow, where he held the 22nd India-Russia Annual Summit with President Vladimir Putin "
                     "on 8-9 July.", "2024-07-10")
    assert ("Meeting", ("IND", "RUS"), "2024-07-08", False) in _summary(events)
    assert all(set(e.countries) != {"AUT", "IND", "RUS"} for e in events)


@pytest.mark.parametrize("text", [
    "Analysis: Why Saudi Arabia is in no rush to join BRICS",
    "Turkey has refrained from imposing sanctions on Russia since the invasion.",
    "India has shied away from signing the agreement with the United States.",
])
def test_no_rush_and_refraining_are_no_events(text):
    assert _events(text, "2025-03-12") == []


def test_welcomed_someone_in_the_hosts_city_is_a_visit_but_not_welcoming_a_thing_or_being_welcomed():
    events = _events("Saudi Crown Prince Mohammed bin Salman welcomed U.S. President Donald Trump in Riyadh on Friday.", "2025-03-12")
    assert [(e.type, e.guests, e.host, e.city) for e in events] == [("Visit", ("USA",), "SAU", "Riyadh")]
    assert not [e for e in _events("The Secretary welcomed Finland's participation in its first NATO Summit in "
                                   "Washington as an Ally.", "2025-03-12") if e.type == "Visit"]
    assert not [e for e in _events("The Congolese minister was welcomed by ministers at OPEC headquarters in Vienna "
                                   "on Friday.", "2025-03-12") if e.type == "Visit"]


def test_talks_in_the_hosts_city_told_as_an_earlier_dated_fact_tell_a_visit_too():
    events = _events("Chinese President Xi Jinping hosted French President Emmanuel Macron in Guangzhou in April 2023.",
                     "2025-03-12")
    assert [(e.type, e.guests, e.host, e.date.value) for e in events if e.type == "Visit"] == [("Visit", ("FRA",), "CHN", "2023-04")]


def test_a_story_with_no_dated_header_takes_its_day_from_a_stated_date_whose_weekday_it_names():
    events = _events("Erdogan, Aliyev inaugurate gas pipeline in Nakhchivan\n\n"
                     "ANKARA (AA) - Turkish President Recep Tayyip Erdogan on Monday paid a one-day visit to Azerbaijan's "
                     "Nakhchivan Autonomous Republic, where he and Azerbaijani President Ilham Aliyev attended the "
                     "groundbreaking ceremony of the Igdir-Nakhchivan natural gas pipeline.\n\nFollowing a one-on-one "
                     "meeting, the two leaders chaired a meeting between the delegations.\n\nErdogan was accompanied by "
                     "Foreign Minister Hakan Fidan.\n\nThe visit took place on Sept. 25, 2023, days after Azerbaijan's "
                     "military operation in Karabakh.")
    assert {(e.type, e.date.value if e.date else None) for e in events} == {("Visit", "2023-09-25"), ("Meeting", "2023-09-25")}


def test_a_phone_call_told_beside_an_earlier_summit_stays_a_call_and_the_summit_is_reckoned_from_its_weekday():
    events = _events("PARIS, Feb 3, 2024 (AFP) - French President Emmanuel Macron and German Chancellor Olaf Scholz spoke "
                     "by telephone on Saturday, two days after EU leaders unlocked 50 billion euros in aid for Ukraine at a "
                     "summit in Brussels, the Elysee said.")
    assert [(e.type, e.date.value) for e in events if e.type == "Summit"] == [("Summit", "2024-02-01")]
    assert ("Meeting", ("DEU", "FRA"), "2024-02-03", False) in _summary(events)


def test_hitting_someone_with_sanctions_names_the_target_before_the_word():
    events = _events("The US hit Venezuela's state oil company with new sanctions on Thursday.", "2024-06-14")
    assert [(e.type, e.imposers, e.targets) for e in events] == [("Sanction", ("USA",), ("VEN",))]


def test_leaders_who_conferred_in_a_city_met_but_conferring_an_order_is_no_meeting():
    events = _events("Egyptian President Abdel Fattah al-Sisi and Turkish President Recep Tayyip Erdogan conferred in Cairo "
                     "on Wednesday.", "2024-06-14")
    assert ("Meeting", ("EGY", "TUR"), "2024-06-12", False) in _summary(events)
    assert _events("President Tokayev conferred the Order of Dostyk on Chinese Foreign Minister Wang Yi on Wednesday.",
                   "2024-06-14") == []


def test_a_second_act_of_the_same_subject_after_and_is_its_own_meeting():
    for text in ("Erdogan spoke to Putin by phone on March 3 and hosted Ukrainian President Volodymyr Zelenskiy in Ankara "
                 "on February 18.",
                 "Erdogan has spoken to Russian President Vladimir Putin by phone at least four times this year, most "
                 "recently on March 3, and hosted Ukrainian President Volodymyr Zelenskiy in Ankara on February 18."):
        meetings = {e.countries for e in _events(text, "2025-03-12") if e.type == "Meeting"}
        assert meetings == {("RUS", "TUR"), ("TUR", "UKR")}, text


def test_no_stop_was_planned_negates_the_stop_and_a_later_clause_does_not_cancel_the_first():
    events = _events("He has not ruled out travelling to Istanbul, where Russian and Ukrainian delegations are expected to "
                     "meet this week, but the White House said no stop in Turkey was planned.", "2025-05-12")
    assert [(e.type, e.planned) for e in events] == [("Meeting", True)]
    events = _events("Pashinyan attended the Granada summit of the European Political Community in Spain on Thursday, but "
                     "the meeting with Aliyev never happened.", "2023-10-07")
    assert [e.type for e in events if not e.planned] == ["Summit"]


def test_the_country_a_summit_is_held_in_takes_part():
    events = _events("Pashinyan and Macron attended the summit of the European Political Community in Spain on Thursday.",
                     "2023-10-07")
    assert [(e.type, e.countries) for e in events] == [("Summit", ("ARM", "ESP", "FRA"))]


def test_delegations_named_by_demonym_are_the_sides_of_a_meeting_that_a_relative_aside_does_not_hide_as_cancelled():
    events = _events("U.S. and Russian delegations met in Riyadh on February 18.", "2025-03-12")
    assert ("Meeting", ("RUS", "USA"), "2025-02-18", False) in _summary(events)
    assert _events("A meeting between the Rwandan and Congolese delegations, which diplomats said had been pencilled in "
                   "for the margins of the summit, did not take place.", "2024-11-30") == []


def test_what_was_done_during_a_visit_is_not_dated_by_the_return_home():
    text = ("DHAKA, March 29 (BSS) - Chief Adviser Professor Muhammad Yunus returned home this evening wrapping up his "
            "four-day official visit to China, during which he held a bilateral meeting with Chinese President Xi Jinping "
            "in Beijing.\n\nOn Friday, Yunus held talks with Xi at the Great Hall of the People.")
    meetings = [e for e in _events(text, "2025-03-29") if e.type == "Meeting"]
    assert [(m.countries, m.date.value) for m in meetings] == [(("BGD", "CHN"), "2025-03-28")]


def test_talks_abroad_with_an_organisations_official_present_still_tell_the_visit():
    events = _events("In Paris on Monday, Chinese President Xi Jinping held talks with French President Emmanuel Macron and "
                     "European Commission President Ursula von der Leyen.", "2024-05-07")
    assert [(e.guests, e.host) for e in events if e.type == "Visit"] == [(("CHN",), "FRA")]
    events = _events("ECOWAS leaders meet in Abuja; Mahama and Tinubu discuss gas supplies", "2025-06-22")
    assert [e for e in events if e.type == "Visit"] == []


def test_a_name_ends_at_a_full_stop_even_when_it_is_one_word():
    from kg.extract import find_mentions, load_gazetteer

    for text in ("He met Foreign Minister Okonjo. Okonjo said they agreed.", "He met Minister Bo. Bo said they agreed."):
        names = [m.text for m in find_mentions(text, load_gazetteer()).mentions if m.kind == "person"]
        assert all("." not in name for name in names), names


def test_xi_alone_is_xi_jinping():
    events = _events("Mr. Lukashenko met Mr. Xi in Beijing on Thursday.", "2024-06-14")
    assert ("Meeting", ("BLR", "CHN"), "2024-06-13", False) in _summary(events)


def test_general_secretary_is_a_title_not_part_of_a_name():
    from kg.extract import find_mentions, load_gazetteer

    persons = [m.key for m in find_mentions("General Secretary Lam said the two parties agreed.", load_gazetteer()).mentions
               if m.kind == "person"]
    assert "Secretary Lam" not in persons


@pytest.mark.parametrize("text", [
    "Talks between Armenia and Azerbaijan, initially set for Monday, were postponed indefinitely.",
    "Biden declined an invitation to visit Moscow.",
    "Ukraine has long sought to join NATO.",
])
def test_postponed_declined_and_sought_are_no_facts(text):
    assert [e for e in _events(text, "2025-01-14") if not e.planned] == []


def test_a_tally_of_meetings_is_no_event_but_its_most_recent_one_is():
    assert _events("Putin and Xi have met more than 40 times.", "2025-03-12") == []
    events = _events("Erdogan has spoken to Russian President Vladimir Putin by phone at least four times this year, most "
                     "recently on March 3.", "2025-03-12")
    assert _summary(events) == [("Meeting", ("RUS", "TUR"), "2025-03-03", False)]


def test_talks_in_the_resort_of_one_sides_city_tell_a_visit():
    events = _events("Erdogan met Putin in the Black Sea resort of Sochi on Monday.", "2024-06-14")
    assert [(e.guests, e.host, e.city) for e in events if e.type == "Visit"] == [(("TUR",), "RUS", "Sochi")]


def test_a_date_in_a_concessive_clause_is_not_the_events():
    events = _events("Bulgaria adopted the euro on Thursday, becoming the 21st member of the euro area almost two decades "
                     "after it joined the European Union and despite a political crisis that brought down its government "
                     "three weeks ago.", "2026-01-02")
    assert ("Accession", "2026-01-01") in [(e.type, e.date.value) for e in events]
    assert all(e.date.value != "2025-12-12" for e in events)  # three weeks before the story


def test_leaving_for_a_visit_is_its_first_day_not_its_last():
    (visit,) = _events("PM Shehbaz Sharif left for Beijing on Tuesday on a five-day official visit to China.", "2024-06-14")
    assert (visit.type, visit.date.value) == ("Visit", "2024-06-11")


def test_a_title_of_a_country_names_a_visitor_not_a_topic():
    events = _events("Prime Minister Narendra Modi and Prime Minister of Malaysia Anwar Ibrahim held talks in New Delhi on "
                     "Tuesday.", "2024-06-14")
    assert [(e.guests, e.host) for e in events if e.type == "Visit"] == [(("MYS",), "IND")]


@pytest.mark.parametrize("text", [
    "Malaysia's Anwar hosted China's Xi in Putrajaya on Wednesday.",
    "Visiting Chinese Premier Li Qiang met Malaysian Prime Minister Anwar Ibrahim on Wednesday.",
])
def test_a_leader_named_by_his_country_or_as_visiting_at_the_sentence_start_is_the_guest(text):
    assert [(e.guests, e.host) for e in _events(text, "2024-06-14") if e.type == "Visit"] == [(("CHN",), "MYS")]


def test_a_visiting_forces_agreement_is_no_visit():
    assert not [e for e in _events("The Philippines has a Visiting Forces Agreement with the United States.", "2024-07-14")
                if e.type == "Visit"]


def test_a_stay_in_a_city_is_a_visit_but_staying_on_is_not():
    events = _events("During his stay in Hanoi, Putin laid a wreath at the Ho Chi Minh Mausoleum.", "2024-06-14")
    assert [(e.type, e.guests, e.host) for e in events] == [("Visit", ("RUS",), "VNM")]
    assert _events("Putin vowed to stay in Ukraine until victory.", "2024-06-14") == []


@pytest.mark.parametrize("text, visit", [
    ("Starmer hosted Zelensky at Downing Street on Saturday.", (("UKR",), "GBR")),
    ("Meloni received Modi at Palazzo Chigi on Thursday.", (("IND",), "ITA")),
])
def test_talks_at_a_seat_of_government_tell_a_visit_to_its_country(text, visit):
    assert [(e.guests, e.host) for e in _events(text, "2024-06-14") if e.type == "Visit"] == [visit]


def test_what_a_leader_said_in_a_call_tells_the_call():
    events = _events("In a call on Sunday, Biden told Netanyahu that the offensive must end.", "2024-06-14")
    assert _summary(events) == [("Meeting", ("ISR", "USA"), "2024-06-09", False)]


def test_receiving_a_written_message_is_no_meeting():
    assert _events("The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received a written message from "
                   "the President of the Republic of Tajikistan.", "2024-06-14") == []


def test_a_clause_of_another_day_tells_its_own_act_with_its_own_parties():
    events = _events("Vietnam's To Lam hosted Putin in Hanoi on Thursday, a day after the Russian leader signed a defence pact "
                     "with North Korea.", "2024-06-20")
    assert sorted((e.type, e.countries) for e in events) == [
        ("AgreementSigning", ("PRK", "RUS")), ("Meeting", ("RUS", "VNM")), ("Visit", ("RUS", "VNM"))]
    events = _events("KUALA LUMPUR, July 11, 2025 (Wire) - U.S. Secretary of State Marco Rubio met Chinese Foreign Minister "
                     "Wang Yi on Friday in Kuala Lumpur, a day after he held talks with Russia's Sergei Lavrov.")
    assert sorted((e.countries, e.date.value) for e in events if e.type == "Meeting") == [
        (("CHN", "USA"), "2025-07-11"), (("RUS", "USA"), "2025-07-10")]


def test_a_welcoming_ceremony_in_a_city_is_the_visitors_visit():
    events = _events("Chinese President Xi Jinping and Russian President Vladimir Putin attend a welcoming ceremony in Beijing, "
                     "China, May 16, 2024.", "2024-06-20")
    assert [(e.type, e.guests, e.host, e.date.value) for e in events] == [("Visit", ("RUS",), "CHN", "2024-05-16")]


def test_a_news_conference_after_talks_is_no_gathering_elsewhere():
    events = _events("Fidan held talks with Iraqi Foreign Minister Fuad Hussein in Baghdad on Tuesday before a joint news "
                     "conference.", "2024-06-20")
    assert [(e.guests, e.host) for e in events if e.type == "Visit"] == [(("TUR",), "IRQ")]


def test_a_city_named_just_before_the_talks_is_where_they_were_held():
    events = _events("Fidan, in Baghdad for talks with Iraqi officials, said Ankara wanted to cooperate against the PKK.",
                     "2024-06-20")
    assert [(e.guests, e.host, e.city) for e in events if e.type == "Visit"] == [(("TUR",), "IRQ", "Baghdad")]


def test_capitals_that_held_or_met_act_for_their_countries_but_not_the_last_word_of_a_name():
    events = _events("Washington and Beijing held a new round of trade talks in Geneva on Saturday.", "2024-06-20")
    assert [e.countries for e in events if e.type == "Meeting"] == [("CHN", "USA")]
    events = _events("On the sidelines of the meeting, Mr Mbaga Obiang Lima held talks with Nigeria's Minister of State for "
                     "Petroleum Resources, Emmanuel Ibe Kachikwu.", "2017-05-26")
    assert all("PER" not in e.countries for e in events)


def test_an_organisations_talks_with_several_countries_are_talks_with_each():
    events = _events("The EU opened accession talks with Ukraine and Moldova on Tuesday.", "2024-06-20")
    assert sorted((e.type, e.countries, e.organization) for e in events) == [
        ("Meeting", ("MDA",), "EU"), ("Meeting", ("UKR",), "EU")]


def test_a_when_clause_ends_a_since_clause_and_dates_the_visit():
    events = _events("Marcos became the first Philippine president to visit Vietnam since 2015 when he travelled to Hanoi in "
                     "January 2024.", "2025-03-01")
    assert [(e.type, e.date.value) for e in events] == [("Visit", "2024-01")]


def test_hosting_a_counterpart_or_a_titled_guest_is_a_meeting_but_not_the_host_of_a_caption():
    events = _events("President William Ruto will on Wednesday host his Tanzanian counterpart Samia Suluhu Hassan at State "
                     "House, Nairobi, in a visit aimed at resolving trade disputes.", "2024-06-18")
    assert [(e.type, e.countries, e.planned) for e in events] == [("Meeting", ("KEN", "TZA"), True)]
    events = _events("From left: Tuvalu's Feleti Teo, Fiji's Sitiveni Rabuka, host Jeremiah Manele and Australia's Anthony "
                     "Albanese.", "2025-09-10")
    assert [e for e in events if e.type == "Meeting"] == []


def test_the_two_leaders_are_the_storys_pair_not_those_of_an_earlier_trip_a_comment_compares():
    events = _events("President William Ruto will on Wednesday host his Tanzanian counterpart Samia Suluhu Hassan in Nairobi.\n\n"
                     "The visit comes barely a month after Ruto was in Washington for a state visit.\n\n"
                     "Last year, the two leaders met in Dar es Salaam where they agreed to remove 14 trade barriers.", "2024-06-18")
    assert [(e.countries, e.city) for e in events if e.type == "Meeting" and not e.planned] == [(("KEN", "TZA"), "Dar es Salaam")]


def test_a_bloc_that_added_or_expanded_to_include_countries_admitted_each():
    events = _events("BRICS, which originally comprised Brazil, Russia, India and China, added South Africa in 2010 and expanded "
                     "last year to include Iran, Egypt, Ethiopia and the United Arab Emirates.", "2025-01-06")
    assert [(e.type, e.countries, e.organization, e.date.value) for e in events] == [
        ("Accession", ("ZAF",), "BRICS", "2010"), ("Accession", ("IRN",), "BRICS", "2024"), ("Accession", ("EGY",), "BRICS", "2024"),
        ("Accession", ("ETH",), "BRICS", "2024"), ("Accession", ("ARE",), "BRICS", "2024")]
    for text in ("The EU added Russia's Sberbank to its sanctions list in 2022.", "The talks were expanded to include Ukraine.",
                 "Lavrov added Russia would respond in 2025 as members demanded."):
        assert [e for e in _events(text, "2025-01-06") if e.type == "Accession"] == []


def test_talks_are_held_in_the_city_the_sentence_names_not_the_datelines():
    events = _events("Riyadh, Saudi Press Agency -- King Salman bin Abdulaziz Al Saud received at Al-Salam Palace in Jeddah today "
                     "the President of the Republic of Cyprus, Nikos Christodoulides.", "2024-05-01")
    assert {(e.type, e.city) for e in events} == {("Meeting", "Jeddah"), ("Visit", "Jeddah")}


def test_the_capital_a_demonym_names_is_the_city_of_a_visit_or_summit():
    events = _events("Putin arrived in the Kyrgyz capital on Thursday.", "2024-10-10")
    assert [(e.type, e.host, e.city) for e in events] == [("Visit", "KGZ", "Bishkek")]
    events = _events("ABUJA (AFP) - West African leaders met on Sunday at an extraordinary summit of ECOWAS in the Nigerian capital. "
                     "Senegal's President Macky Sall and Ghana's Nana Akufo-Addo attended.", "2024-02-25")
    assert [(e.type, e.city) for e in events if e.type == "Summit"] == [("Summit", "Abuja")]


def test_attending_a_summit_after_talks_is_the_subjects_not_the_talks_partners_and_takes_the_following_day():
    events = _events("Lula visited Buenos Aires in January, holding talks with Argentine President Alberto Fernandez on Jan. 23 "
                     "and attending a summit of the Community of Latin American and Caribbean States (CELAC) in the Argentine "
                     "capital the following day.", "2023-04-14")
    assert [(e.countries, e.organization, e.city, e.date.value) for e in events if e.type == "Summit"] == [
        (("ARG", "BRA"), "CELAC", "Buenos Aires", "2023-01-24")]


def test_a_plan_told_after_a_fact_in_one_sentence_is_planned_and_read_forward():
    events = _events("Russian President Vladimir Putin met Chinese President Xi Jinping in Kazan on Tuesday. Later in the day, Putin "
                     "met with Indian Prime Minister Narendra Modi, and on Wednesday he is scheduled to hold talks with Iranian "
                     "President Masoud Pezeshkian.", "2024-10-22")
    assert sorted((e.countries, e.planned, e.date.value) for e in events if e.type == "Meeting") == [
        (("CHN", "RUS"), False, "2024-10-22"), (("IND", "RUS"), False, "2024-10-22"), (("IRN", "RUS"), True, "2024-10-23")]


def test_two_trips_told_by_their_travellers_in_one_clause_are_two_visits():
    events = _events("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida on Sunday. The meeting was the "
                     "third between the two leaders this year, following Yoon's trip to Tokyo in March and Kishida's visit to Seoul "
                     "earlier this month.", "2023-05-21")
    assert sorted((e.guests, e.host, e.date.value) for e in events if e.type == "Visit") == [
        (("JPN",), "KOR", "2023-05"), (("KOR",), "JPN", "2023-03")]


def test_a_country_that_aligned_itself_with_an_organisations_sanctions_imposes_them():
    events = _events("Switzerland on Wednesday aligned itself with the EU's latest listings against Belarus.", "2025-02-14")
    assert [(e.type, e.imposers[:1], e.targets) for e in events] == [("Sanction", ("CHE",), ("BLR",))]


def test_talks_with_the_ministers_of_several_countries_are_one_meeting_of_all():
    for text in ("Blinken held talks with the foreign ministers of Jordan, Egypt and Qatar in Amman on Friday.",
                 "Blinken flew to Amman on Friday for talks with Arab foreign ministers, including those of Jordan, Egypt and Qatar."):
        events = _events(text, "2023-11-03")
        assert [e.countries for e in events if e.type == "Meeting"] == [("EGY", "JOR", "QAT", "USA")]
    events = _events("Blinken held talks with Jordan's Ayman Safadi and Egypt's Sameh Shoukry in Amman on Friday.", "2023-11-03")
    assert sorted(e.countries for e in events if e.type == "Meeting") == [("EGY", "USA"), ("JOR", "USA")]


def test_the_same_day_begins_a_clause_of_another_subject():
    events = _events("Macron met Scholz in Berlin on Wednesday, the same day Putin visited Beijing.", "2024-03-15")
    assert sorted((e.type, e.countries) for e in events) == [("Meeting", ("DEU", "FRA")), ("Visit", ("RUS", "CHN"))]


def test_two_leaders_who_spoke_on_a_day_talked_but_not_one_speaker():
    events = _events("Erdogan and Putin spoke on Thursday about the grain corridor, the Kremlin said.", "2024-03-15")
    assert [(e.type, e.countries, e.date.value) for e in events] == [("Meeting", ("RUS", "TUR"), "2024-03-14")]
    assert _events("Erdogan spoke on Thursday about Russia's grain exports.", "2024-03-15") == []
    events = _events("Kishida and Biden sat down at the White House on Wednesday.", "2024-03-15")
    assert ("Meeting", ("JPN", "USA")) in [(e.type, e.countries) for e in events]
    assert _events("Kishida sat down at the White House on Wednesday.", "2024-03-15") == []


def test_to_travel_or_will_travel_to_a_country_is_a_planned_visit():
    for text in ("Milei is due to travel to Spain next week, where he will receive an award in Madrid.",
                 "Milei will travel to Spain next week."):
        events = _events(text, "2024-03-15")
        assert [(e.type, e.guests, e.host, e.planned) for e in events] == [("Visit", ("ARG",), "ESP", True)]
    assert _events("Britain advised against all travel to Israel.", "2024-03-15") == []


def test_a_country_named_in_a_relative_aside_does_not_sign():
    events = _events("Qatar, which hosts the largest U.S. air base in the region, has also deepened ties with Beijing, signing a "
                     "27-year gas supply deal with China's Sinopec in 2022.", "2025-06-03")
    assert [(e.type, e.countries) for e in events] == [("AgreementSigning", ("CHN", "QAT"))]


def test_an_inverted_condition_and_a_candidate_to_join_are_no_facts():
    assert _events("Had Biden attended the summit, he would have met Xi.", "2024-03-15") == []
    assert _events("Were Putin to travel to Brazil, he could be arrested.", "2024-03-15") == []
    events = _events("Serbia has been a candidate to join the EU since 2012.", "2024-03-15")
    assert [(e.type, e.planned) for e in events] == [("Accession", True)]


def test_set_to_arrive_in_a_city_is_a_planned_visit():
    events = _events("Indonesian President Prabowo Subianto is set to arrive in Seoul on Thursday for a three-day official visit.",
                     "2025-09-10")
    assert [(e.type, e.guests, e.host, e.planned, e.date.value) for e in events] == [("Visit", ("IDN",), "KOR", True, "2025-09-11")]


def test_a_trip_some_days_later_in_a_before_clause_takes_its_own_day_and_names_no_partner_of_the_talks():
    events = _events("South Korean President Lee Jae-myung arrived on Thursday. Lee held talks with Japanese Prime Minister Shigeru "
                     "Ishiba in Tokyo on Aug. 23, before flying to Washington for his first summit with U.S. President Donald "
                     "Trump two days later.", "2025-09-10")
    assert sorted((e.type, e.countries, e.date.value) for e in events) == [
        ("Meeting", ("JPN", "KOR"), "2025-08-23"), ("Visit", ("KOR", "USA"), "2025-08-25")]


def test_a_country_barred_or_excluded_from_a_summit_took_no_part():
    events = _events("ASEAN leaders including Thailand's Srettha and Malaysia's Anwar gathered in Jakarta on Tuesday for their annual "
                     "summit, with Myanmar's junta chief barred.", "2024-03-15")
    assert [e.countries for e in events if e.type == "Summit"] == [("IDN", "MYS", "THA")]


def test_headline_arrivals_lands_in_and_reaches_a_capital():
    for text, guest, host in (("Xi lands in Paris on first Europe tour in five years", "CHN", "FRA"),
                              ("PM Shehbaz reaches Beijing on five-day official visit", "PAK", "CHN")):
        assert [(e.type, e.guests, e.host) for e in _events(text, "2024-07-08")] == [("Visit", (guest,), host)]
    assert _events("Non-oil trade between the UAE and Kenya reached US$3.1 billion in 2023.", "2024-07-08") == []


def test_welcoming_a_leader_at_a_palace_is_a_meeting_but_not_welcoming_remarks():
    events = _events("President Ferdinand R. Marcos Jr. on Monday welcomed New Zealand Prime Minister Christopher Luxon at "
                     "Malacañang Palace, where the two leaders agreed to conclude a visiting forces agreement.", "2025-04-28")
    assert [(e.type, e.countries, e.date.value) for e in events] == [("Meeting", ("NZL", "PHL"), "2025-04-28"),
                                                                      ("Visit", ("NZL", "PHL"), "2025-04-28")]
    assert _events("China welcomed Biden's remarks at the White House.", "2025-04-28") == []


def test_and_again_on_a_later_day_tells_a_second_event_of_the_same_pair():
    events = _events("Foreign Minister Jean-Noel Barrot visited Beirut on October 7 and again last week.", "2024-11-08")
    assert sorted((e.type, e.host, e.date.value) for e in events) == [("Visit", "LBN", "2024-10-07"), ("Visit", "LBN", "2024-11")]
    events = _events("Petro met Maduro in January 2023 for talks on restarting trade, and again on November 18.", "2024-03-01")
    assert sorted(e.date.value for e in events if e.type == "Meeting") == ["2023-01", "2023-11-18"]


def test_along_with_a_list_joins_every_country_of_it_and_gangs_of_a_country_are_its_target():
    events = _events("Kazakhstan joined the Eurasian Economic Union in 2015, along with Armenia and Kyrgyzstan.", "2024-03-15")
    assert [e.countries for e in events] == [("KAZ",), ("ARM",), ("KGZ",)]
    events = _events("The UN Security Council imposed an arms embargo on Haitian gangs.", "2024-03-15")
    assert [(e.type, e.targets) for e in events] == [("Sanction", ("HTI",))]


def test_leaders_who_dined_together_met_but_not_one_dining_alone():
    events = _events("Macron and Xi dined together at the Elysee on Monday.", "2024-03-15")
    assert [(e.type, e.countries, e.date.value) for e in events] == [("Meeting", ("CHN", "FRA"), "2024-03-11")]
    assert _events("Macron dined in a Paris bistro on Monday.", "2024-03-15") == []


@pytest.mark.parametrize("text, expected", [
    ("NATO grew. Finland's membership took effect on April 4, 2023.", [("FIN", "2023-04-04")]),
    ("The Comoros became the 164th WTO member in August 2024.", [("COM", "2024-08")]),
    ("Montenegro became a NATO member in 2017 and North Macedonia followed in 2020.", [("MNE", "2017"), ("MKD", "2020")]),
])
def test_membership_taking_effect_and_becoming_an_acronyms_member_are_joinings(text, expected):
    assert [(e.countries[0], e.date.value) for e in _events(text, "2025-03-15") if e.type == "Accession"] == expected


def test_a_day_after_in_a_coordinated_clause_dates_that_act_the_day_before():
    events = _events("SANTA CRUZ, Bolivia, July 9 (Wire) - Lula arrived in Bolivia on Tuesday for a one-day visit, and a day after "
                     "the trade bloc Mercosur welcomed Bolivia as its newest full member.", "2024-07-09")
    assert [(e.countries, e.date.value) for e in events if e.type == "Accession"] == [(("BOL",), "2024-07-08")]


def test_a_joining_told_by_its_day_and_by_its_month_is_one_joining():
    events = _events("Mercosur welcomed Bolivia as its newest full member on Monday.\n\nBolivia's full membership took effect "
                     "earlier this month after Arce promulgated the law.", "2024-07-09")
    assert [(e.countries, e.date.value, len(e.evidence)) for e in events if e.type == "Accession"] == [(("BOL",), "2024-07-08", 2)]


def test_a_week_in_review_dates_each_days_paragraph_by_its_weekday_label():
    events = _events("Diplomatic week in review\n\nMONDAY - Turkish President Recep Tayyip Erdogan began a two-day official visit to "
                     "Kuwait.\n\nWEDNESDAY - Prabowo and Albanese signed a security treaty in Sydney.", "2025-11-22")
    assert sorted((e.type, e.date.value) for e in events) == [("AgreementSigning", "2025-11-19"), ("Visit", "2025-11-17")]


def test_a_headlines_infinitive_is_a_plan_but_not_a_sentence_of_the_story():
    for text in ("Xi to visit Russia", "Modi, Putin to hold talks in Moscow", "Biden to host Kenya's Ruto for state visit in May"):
        assert [e.planned for e in _events(text, "2024-03-15")] == [True], text
    assert [e.planned for e in _events("Xi travelled to Russia on Monday.", "2024-03-15")] == [False]


@pytest.mark.parametrize("text", ["Blinken, who is in Beijing, met Wang Yi on Friday.", "While in Beijing, Blinken met Wang Yi on Friday."])
def test_talks_of_a_visitor_told_to_be_in_the_hosts_city_tell_the_visit(text):
    events = _events(text, "2024-03-15")
    assert sorted((e.type, e.host, e.city) for e in events) == [("Meeting", None, "Beijing"), ("Visit", "CHN", "Beijing")]


def test_talks_in_the_capital_a_demonym_names_tell_the_visit_to_that_capital():
    events = _events("Blinken met Wang Yi in the Chinese capital on Friday.", "2024-03-15")
    assert sorted((e.type, e.host, e.city) for e in events) == [("Meeting", None, "Beijing"), ("Visit", "CHN", "Beijing")]
    events = _events("Blinken met Wang Yi in the Malaysian capital on Friday.", "2024-03-15")
    assert [e.type for e in events] == ["Meeting"]


def test_a_countrys_capital_is_known_only_when_the_data_gives_one(gaz):
    assert gaz.capital_of("NGA").name == "Abuja"
    assert gaz.capital_of("NLD") is None  # Amsterdam and The Hague: no single city for "the Dutch capital"


def test_a_host_told_by_description_hosts_in_the_city_the_guest_was_received_in():
    events = _events("The Saudi crown prince hosted Syrian President Ahmed al-Sharaa in Riyadh.", "2025-05-20")
    assert sorted((e.type, e.countries) for e in events) == [("Meeting", ("SAU", "SYR")), ("Visit", ("SYR", "SAU"))]
    events = _events("Hegseth addressed the security conference, which the U.S. Southern Command hosted in Panama City.", "2025-05-20")
    assert [e for e in events if e.type == "Meeting"] == []


def test_national_security_advisers_of_two_countries_act_for_them():
    events = _events("Talks between the Indian and Pakistani national security advisers took place in Bangkok last month.", "2025-05-20")
    assert [(e.type, e.countries, e.city) for e in events] == [("Meeting", ("IND", "PAK"), "Bangkok")]


def test_the_leader_of_a_realm_is_its_prime_minister_not_the_monarch_it_shares():
    events = _events("The Australian leader spent two days in Indonesia.", "2025-05-20")
    assert [(e.type, e.guests, e.host, e.persons) for e in events] == [("Visit", ("AUS",), "IDN", ("Anthony Albanese",))]


@pytest.mark.parametrize("text", ["Albanese was given a red-carpet welcome in Jakarta on Thursday.",
                                  "Albanese received a warm welcome in Jakarta on Thursday."])
def test_a_welcome_given_in_a_city_is_a_visit_there_and_no_talks(text):
    events = _events(text, "2025-05-20")
    assert [(e.type, e.guests, e.host, e.city) for e in events] == [("Visit", ("AUS",), "IDN", "Jakarta")]
    assert _events("Xi said Albanese was always welcome in Beijing.", "2025-05-20") == []


def test_the_leader_of_a_country_is_the_head_of_government_the_story_named():
    events = _events("German Chancellor Friedrich Merz arrived in Paris on Monday. The German leader met Macron at the Elysee.",
                     "2025-05-20")
    assert [e.persons for e in events if e.type == "Meeting"] == [("Friedrich Merz", "Emmanuel Macron")]


def test_a_fact_is_not_dated_by_a_time_still_to_come():
    events = _events("The two leaders Albanese and Marape held bilateral talks on the NRL partnership, which will see a Papua New "
                     "Guinea team enter the National Rugby League in 2028.", "2025-10-06")
    assert [(e.type, e.date.value) for e in events] == [("Meeting", "2025-10-06")]


def test_a_tour_wrapped_up_on_return_is_dated_by_its_legs_not_the_homecoming():
    text = ("HANOI, Nov 2 (VNA) - General Secretary To Lam returned to Hanoi on Friday, concluding official visits to "
            "Mongolia and Ireland and a trip to France, where he attended the Francophonie Summit.\n\n"
            "In Ulaanbaatar on September 30, To Lam held talks with Mongolian President Ukhnaagiin Khurelsukh.\n\n"
            "In Dublin, the Vietnamese leader met President Michael D. Higgins on October 2.")
    events = _events(text, "2024-11-02")
    visits = sorted((e.countries, e.date.value) for e in events if e.type == "Visit")
    assert [d for c, d in visits if set(c) == {"VNM", "MNG"}] == ["2024-09-30"]
    assert [d for c, d in visits if set(c) == {"VNM", "IRL"}] == ["2024-10-02"]
    (summit,) = [e for e in events if e.type == "Summit"]
    assert summit.city is None and summit.countries == ("FRA", "VNM")  # held in France, not at the Hanoi dateline
    (alone,) = [e for e in _events(text.split("\n\n")[0], "2024-11-02") if e.type == "Summit"]
    assert alone.city is None


def test_an_invitation_handed_over_at_talks_is_a_plan_and_the_talks_abroad_still_a_visit():
    text = ("Starmer meets Trump at White House, invites him for state visit\n\n"
            "WASHINGTON, Feb 27 (Reuters) - British Prime Minister Keir Starmer handed U.S. President Donald Trump a "
            "letter from King Charles on Thursday inviting him for an unprecedented second state visit to Britain, as the "
            "two leaders met at the White House.")
    visits = {(e.guests, e.host, e.planned) for e in _events(text, "2025-02-28") if e.type == "Visit"}
    assert (("USA",), "GBR", False) not in visits and (("GBR",), "USA", False) in visits


@pytest.mark.parametrize("topic", ["any ceasefire deal with Russia", "a possible peace agreement with Russia"])
def test_a_country_a_deal_still_to_be_made_is_with_is_a_topic_of_talks_not_a_party(topic):
    events = _events(f"Starmer and Trump held talks at the White House on Thursday. The talks focused on Ukraine, with "
                     f"Starmer urging Trump to give security guarantees to back {topic}.", "2025-02-28")
    assert [e.countries for e in events if e.type == "Meeting"] == [("GBR", "USA")]


def test_members_that_joined_at_the_start_of_a_year_joined_the_organisation_told_before():
    events = _events("BRICS, originally made up of Brazil, Russia, India and China, admitted South Africa in 2010. Egypt, "
                     "Ethiopia, Iran and the United Arab Emirates joined at the start of 2024.", "2025-01-07")
    assert sorted((e.countries, e.organization, e.date.value) for e in events if e.type == "Accession") == [
        (("ARE",), "BRICS", "2024"), (("EGY",), "BRICS", "2024"), (("ETH",), "BRICS", "2024"), (("IRN",), "BRICS", "2024"),
        (("ZAF",), "BRICS", "2010")]


def test_the_city_a_leader_left_is_not_where_the_next_talks_were_held():
    events = _events("After Pyongyang, Putin flew to Hanoi, where he met Vietnamese President To Lam on Thursday and "
                     "signed a dozen agreements on energy and education.", "2024-06-21")
    assert {(e.type, e.city) for e in events} == {("Visit", "Hanoi"), ("Meeting", "Hanoi"), ("AgreementSigning", "Hanoi")}


def test_an_organisations_resolution_named_at_a_summit_is_not_its_gathering():
    events = _events("BAGHDAD, May 17 - Arab leaders meeting in Baghdad on Saturday endorsed an Egyptian-drafted plan to "
                     "rebuild Gaza at the Arab League summit. Spanish Prime Minister Pedro Sanchez, attending as a guest, urged "
                     "Arab states to back a UN resolution on humanitarian access.", "2025-05-17")
    assert [(e.organization, "ESP" in e.countries) for e in events if e.type == "Summit"] == [("LAS", True)]


def test_a_fact_told_earlier_this_year_is_dated_by_the_year_not_the_story_day():
    (event,) = _events("Earlier this year, the Taoiseach, Micheal Martin, spoke by telephone with President John Mahama "
                       "of Ghana.", "2025-03-10")
    assert (event.type, event.countries, event.date.value) == ("Meeting", ("GHA", "IRL"), "2025")


def test_leaders_of_a_group_listed_between_dashes_met_at_its_summit():
    events = _events("Leaders of the Quad - the United States, Japan, India and Australia - met in Wilmington on Saturday.",
                     "2025-03-21")
    assert [(e.type, e.countries, e.organization) for e in events] == [("Summit", ("AUS", "IND", "JPN", "USA"), "QUAD")]


def test_leaders_talks_before_the_summit_opened_stay_a_meeting_of_their_own():
    events = _events("BRUSSELS, Feb 1 - European Union leaders agreed on Thursday a 50 billion euro aid package for Ukraine "
                     "at a special summit in Brussels. Orban had met French President Emmanuel Macron, German Chancellor Olaf "
                     "Scholz and Italian Prime Minister Giorgia Meloni before the summit opened.", "2024-02-02")
    assert ("Meeting", ("DEU", "FRA", "HUN", "ITA")) in [(e.type, e.countries) for e in events]


def test_talks_in_the_city_a_where_clause_follows_are_held_there():
    events = _events("Egyptian Foreign Minister Badr Abdelatty arrived in Doha on Wednesday evening after a stop in Amman, "
                     "where he met Jordanian Foreign "
                     "Minister Ayman Safadi.", "2025-09-12")
    assert [(e.countries, e.city) for e in events if e.type == "Meeting"] == [(("EGY", "JOR"), "Amman")]


def test_on_the_eve_of_the_summit_is_the_day_before_unless_the_sentence_names_its_day():
    text = ("SAMARKAND, April 4 - Leaders of the five Central Asian states and the EU held their first summit in Samarkand "
            "on Friday. On the eve of the summit, Uzbek President Shavkat Mirziyoyev received European Council President "
            "Antonio Costa at the Kuksaroy residence.")
    assert [e.date.value for e in _events(text, "2025-04-05") if e.type == "Meeting"] == ["2025-04-03"]
    named = text.replace("at the Kuksaroy residence", "on Thursday at the Kuksaroy residence").replace(
        "on Friday", "on Saturday")
    assert [e.date.value for e in _events(named, "2025-04-05") if e.type == "Meeting"] == ["2025-04-03"]


def test_a_day_that_owns_another_thing_does_not_date_the_talks():
    events = _events("BANGKOK, April 4 - Modi met Min Aung Hlaing at the summit venue on the sidelines of the BIMSTEC summit "
                     "and offered further help after last Friday's earthquake.", "2025-04-04")
    assert [e.date.value for e in events if e.type == "Meeting"] == ["2025-04-04"]
    events = _events("Friday's talks between Modi and Min Aung Hlaing lasted an hour.", "2025-04-05")
    assert [e.date.value for e in events if e.type == "Meeting"] == ["2025-04-04"]


def test_a_second_clause_with_a_former_leader_as_subject_is_a_visit_of_its_own():
    events = _events("Brazilian President Lula visited Jakarta in 2008, and former Indonesian President Susilo Bambang "
                     "Yudhoyono made a state visit to Brazil in 2008 too.", "2025-10-16")
    assert sorted((e.guests, e.host, e.date.value) for e in events if e.type == "Visit") == [
        (("BRA",), "IDN", "2008"), (("IDN",), "BRA", "2008")]


def test_places_of_a_relative_aside_before_the_talks_are_no_party_to_them():
    events = _events("Hungarian Prime Minister Viktor Orban, who visited Moscow and Beijing last week, met President Joe Biden "
                     "at the White House on Thursday.", "2024-07-12")
    assert [(e.countries, e.city) for e in events if e.type == "Meeting"] == [(("HUN", "USA"), None)]
    events = _events("French President Emmanuel Macron, who spoke to the Kremlin regularly in the first months of the war, "
                     "last talked to him in September 2022.", "2025-03-01")
    assert [e.countries for e in events if e.type == "Meeting"] == [("FRA", "RUS")]


def test_bilateral_agreements_signed_with_several_countries_are_one_signing_with_each():
    events = _events("Ukrainian President Volodymyr Zelensky signed bilateral security agreements with Japan and the "
                     "Netherlands in Washington on Thursday.", "2024-07-12")
    assert sorted(e.countries for e in events if e.type == "AgreementSigning") == [("JPN", "UKR"), ("NLD", "UKR")]
    events = _events("Ukrainian President Volodymyr Zelensky signed a security agreement with Japan and the Netherlands in "
                     "Washington on Thursday.", "2024-07-12")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("JPN", "NLD", "UKR")]


def test_a_crown_prince_told_by_description_acts_for_his_country():
    events = _events("The Saudi crown prince is in Washington this week for talks with Trump.", "2025-06-28")
    assert sorted((e.type, e.countries) for e in events) == [("Meeting", ("SAU", "USA")), ("Visit", ("SAU", "USA"))]


@pytest.mark.parametrize("subject", ["EU leaders also", "The two-day summit also"])
def test_leaders_agreeing_to_extend_sanctions_is_the_sanction_not_a_plan(subject):
    events = _events("BRUSSELS, June 26 - European Union leaders met in Brussels on Thursday for a summit. "
                     f"{subject} agreed to extend economic sanctions on Russia for six months.", "2025-06-27")
    assert [(e.type, e.targets, e.organization, e.planned) for e in events if e.type == "Sanction"] == [
        ("Sanction", ("RUS",), "EU", False)]


def test_a_country_a_clash_or_front_is_over_is_a_topic_not_a_party():
    events = _events("EU leaders clash over Israel at Brussels summit", "2025-06-27")
    assert not any("ISR" in e.countries for e in events)
    events = _events("In March they tried to show a united front over Ukraine when Scholz hosted Macron and Polish Prime "
                     "Minister Donald Tusk in Berlin.", "2024-06-01")
    assert [e.countries for e in events if e.type == "Meeting"] == [("DEU", "FRA", "POL")]


def test_a_leader_speaking_on_arrival_at_a_summit_took_part():
    events = _events("BRUSSELS, June 26 - Leaders of the European Union met in Brussels on Thursday for their summit, with "
                     "Slovakia's Robert Fico dropping his veto threat. Spanish Prime Minister Pedro Sanchez told reporters on "
                     "arrival that Israel was violating human rights in Gaza.", "2025-06-27")
    (summit,) = [e for e in events if e.type == "Summit"]
    assert "ESP" in summit.countries and "ISR" not in summit.countries


def test_courtesy_calls_in_the_plural_are_talks():
    events = _events("Malaysian Prime Minister Anwar Ibrahim also paid courtesy calls on Party General Secretary To Lam and "
                     "State President Luong Cuong in Hanoi on Thursday morning.", "2025-04-10")
    assert ("Meeting", ("MYS", "VNM"), "2025-04-10") in [(e.type, e.countries, e.date.value) for e in events]


def test_a_headlines_descriptions_without_article_name_the_leaders():
    events = _events("Saudi crown prince meets Syrian president in Riyadh", "2025-06-28")
    assert ("Meeting", ("SAU", "SYR")) in [(e.type, e.countries) for e in events]
    events = _events("Syrian President Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman in Riyadh.", "2025-06-28")
    assert [e.persons for e in events if e.type == "Meeting"] == [("Ahmed al-Sharaa", "Mohammed bin Salman")]


def test_a_dated_act_and_a_second_after_a_comma_are_two_facts():
    events = _events("Croatia adopted the euro on January 1, 2023, and joined the Schengen zone the same day.", "2025-06-28")
    assert sorted((e.organization, e.date.value) for e in events if e.type == "Accession") == [
        ("EUROZONE", "2023-01-01"), ("SCHENGEN", "2023-01-01")]


def test_a_country_incorporated_as_a_full_member_joined():
    events = _events("Bolivia was formally incorporated as a full member of Mercosur in July 2024.", "2025-06-28")
    assert [(e.type, e.countries, e.organization, e.date.value) for e in events] == [
        ("Accession", ("BOL",), "MERCOSUR", "2024-07")]


@pytest.mark.parametrize("other_leg, expected", [
    # each leg on the day of its own talks, not of the return
    ("In Buenos Aires on July 5, he held talks with President Javier Milei.", ("ARG", "2025-07-05")),
    # a leg the tour sentence names without its day: the day of its talks
    ("The final stop was Windhoek, where he met President Netumbo Nandi-Ndaitwah on July 9.", ("NAM", "2025-07-09")),
])
def test_a_tour_told_on_the_way_home_is_dated_by_its_legs_not_the_return(other_leg, expected):
    country = {"ARG": "Argentina", "NAM": "Namibia"}[expected[0]]
    text = ("NEW DELHI, July 12 - Prime Minister Narendra Modi returned to New Delhi on Thursday after an eight-day tour "
            f"that took him to Ghana and {country}.\n\nIn Accra on July 2, Modi and Ghanaian President John Dramani "
            f"Mahama signed four agreements.\n\n{other_leg}")
    visits = sorted((e.host, e.date.value) for e in _events(text, "2025-07-12") if e.type == "Visit")
    assert visits == sorted([("GHA", "2025-07-02"), expected])


def test_a_summit_on_a_trip_is_held_where_its_clause_says():
    events = _events("Indian Prime Minister Narendra Modi travelled to Rio de Janeiro for the BRICS summit on July 6-7, "
                     "before a state visit to Brasilia.", "2025-07-12")
    assert [(e.countries, e.city) for e in events if e.type == "Summit"] == [(("BRA", "IND"), "Rio de Janeiro")]


def test_a_leader_expected_back_somewhere_for_a_summit_is_a_plan():
    events = _events("Senegalese President Bassirou Diomaye Faye is expected back in Banjul on May 4 and 5 for the 15th "
                     "summit of the Organisation of Islamic Cooperation.", "2024-04-28")
    assert [(e.type, e.planned) for e in events] == [("Summit", True)]


def test_a_place_a_minister_spoke_in_during_a_visit_is_the_visits():
    events = _events("Speaking in Nairobi during a visit on Tuesday, German Foreign Minister Annalena Baerbock said Berlin "
                     "would double its aid.", "2024-06-28")
    assert [(e.type, e.guests, e.host, e.date.value) for e in events] == [("Visit", ("DEU",), "KEN", "2024-06-25")]


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("New Zealand banned the export of dual-use goods to Russia on Wednesday.", "2025-03-21",
                 [("Sanction", ("NZL", "RUS"))], id="export ban to a country"),
    pytest.param("Beijing put 10 American defence firms on its unreliable entity list on Thursday.", "2025-03-21",
                 [("Sanction", ("CHN", "USA"))], id="listing by a capital"),
    pytest.param("The leaders of Egypt, Jordan and the Palestinian Authority held a three-way summit in Aqaba on Monday.",
                 "2025-03-21", [("Summit", ("EGY", "JOR", "PSE"))], id="the Palestinian Authority stands for Palestine"),
    pytest.param("President Marcos and Prime Minister Anwar witnessed the exchange of a Memorandum of Understanding on "
                 "Cooperation in the Field of Halal Industry on Monday.", "2025-08-19",
                 [("AgreementSigning", ("MYS", "PHL"))], id="exchange of a single memorandum"),
    pytest.param("EAM Jaishankar calls on President of Maldives", "2025-06-28", [("Meeting", ("IND", "MDV"))],
                 id="calls on a leader"),
    pytest.param("India calls on Pakistan to act against terror groups.", "2025-06-28", [], id="calls on a country to act"),
    pytest.param("The President of the Republic, Emmanuel Macron, welcomed the President of the Republic of Kenya, William "
                 "Ruto, to the Elysee Palace on Wednesday.", "2025-06-28", [("Meeting", ("FRA", "KEN"))],
                 id="welcomed to a palace, with a long title"),
    pytest.param("Agreements on energy and mining were concluded between Mongolia and South Korea on Tuesday.", "2025-06-28",
                 [("AgreementSigning", ("KOR", "MNG"))], id="agreements were concluded"),
    pytest.param("India and the UK concluded negotiations on a free trade agreement on Tuesday.", "2025-06-28", [],
                 id="concluded negotiations are no talks"),
    pytest.param("On 26 July, US President Donald Trump phoned Thailand's acting Prime Minister Phumtham Wechayachai and "
                 "Cambodian Prime Minister Hun Manet.", "2025-07-28", [("Meeting", ("THA", "USA")), ("Meeting", ("KHM", "USA"))],
                 id="phoned two leaders: a call each"),
    pytest.param("An emergency Arab League summit in Cairo on March 4 adopted the plan, which would rebuild Gaza, as a counterweight "
                 "to U.S. President Donald Trump's proposal.", "2025-05-17", [("Summit", ("EGY",))],
                 id="a leader owning a topic in a later clause is no summit participant"),
    pytest.param("Hours later, Britain, France and Germany announced that they were cancelling their air services agreements "
                 "with Iran, and that they were imposing sanctions on Iran Air.", "2024-09-10",
                 [("Sanction", ("GBR", "IRN")), ("Sanction", ("FRA", "IRN")), ("Sanction", ("DEU", "IRN"))],
                 id="a country that was an object before the measure can be its target"),
    pytest.param("The statement follows the decision of New Zealand on February 24 to impose restrictions on 52 individuals "
                 "and entities, among them Russian military commanders.", "2025-03-01", [("Sanction", ("NZL", "RUS"))],
                 id="a decision to impose restrictions"),
    pytest.param("On Thursday, Trump announced an executive order allowing the Treasury to sanction foreign banks that do "
                 "business with North Korea, expanding U.S. sanctions on Pyongyang.", "2017-09-22", [("Sanction", ("PRK", "USA"))],
                 id="the next sanction word of the sentence, on a capital"),
    pytest.param("The president said Tehran welcomed Brasilia's role within BRICS, which Iran joined as a full member at the "
                 "beginning of this year.", "2024-11-20", [("Accession", ("IRN",))],
                 id="joined as a full member: the next accession word"),
    pytest.param("Japanese Prime Minister Shigeru Ishiba returned the favour on September 30, travelling to Busan for talks "
                 "with South Korean President Lee Jae-myung.", "2025-10-05", [("Visit", ("JPN", "KOR")), ("Meeting", ("JPN", "KOR"))],
                 id="travelling to a city"),
    pytest.param("On September 3, Russian President Vladimir Putin was welcomed with full honours by Mongolian President "
                 "Ukhnaagiin Khurelsukh on the main square of the capital.", "2024-09-04", [("Visit", ("RUS", "MNG"))],
                 id="welcomed with full honours by the host"),
    pytest.param("US President Joe Biden welcomed Japanese Prime Minister Fumio Kishida with an arrival ceremony on the South "
                 "Lawn on Wednesday, the start of an official visit.", "2024-04-11", [("Visit", ("JPN", "USA"))],
                 id="the welcomer hosts an official visit"),
    pytest.param("Pakistani Foreign Minister Ishaq Dar, who arrived on Saturday afternoon on a two-day visit, held talks with "
                 "Bangladeshi Foreign Adviser Md Touhid Hossain on Sunday morning.", "2025-08-25",
                 [("Visit", ("PAK", "BGD")), ("Meeting", ("BGD", "PAK"))], id="who arrived on a visit held talks with the host"),
    pytest.param("Britain, which sanctioned Rosneft and Lukoil last week, said it would coordinate new listings.", "2025-10-23",
                 [("Sanction", ("GBR", "RUS"))], id="sanctions on companies are on their country"),
    pytest.param("In July the European Union sanctioned Nayara Energy, the Indian refiner part-owned by Rosneft.", "2025-10-23",
                 [("Sanction", ("IND",))], id="a company's owner is not the target"),
    pytest.param("Those measures are over Tehran's transfer of missiles to Russia, for which Washington already imposed "
                 "sanctions on Iran Air on September 10.", "2024-10-14", [("Sanction", ("IRN", "USA"))],
                 id="the imposer of a clause after 'for which'"),
    pytest.param("The European Union formally opened accession negotiations with Albania and North Macedonia on Tuesday, ending "
                 "a wait caused by a dispute between Sofia and Skopje.", "2022-07-19",
                 [("Meeting", ("ALB",)), ("Meeting", ("MKD",))], id="capitals of a dispute between them are no party"),
    pytest.param("After Indonesia, Vietnamese Party General Secretary To Lam paid an official visit to Singapore on March 11.",
                 "2025-03-12", [("Visit", ("VNM", "SGP"))], id="the country fronted by 'After' is a place left, no traveller"),
    pytest.param("Sergei Lavrov and Abbas Araghchi last met in Doha in December, together with Turkish Foreign Minister Hakan "
                 "Fidan, to discuss Syria.", "2025-04-18", [("Meeting", ("IRN", "RUS", "TUR"))],
                 id="who met together with a third took part; the country discussed did not"),
    pytest.param("Sergei Lavrov and Abbas Araghchi last met in Doha in December on the sidelines of the Doha Forum, together "
                 "with Turkish Foreign Minister Hakan Fidan, to discuss Syria.", "2025-04-18",
                 [("Meeting", ("IRN", "RUS", "TUR")), ("Summit", ("IRN", "QAT", "RUS", "TUR"))],
                 id="a country discussed at a forum did not take part"),
    pytest.param("During the talks, South Korean President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba agreed to "
                 "work closely with the United States.", "2025-09-30", [("Meeting", ("JPN", "KOR"))],
                 id="a partner to work with is not at the table"),
    pytest.param("Australia, Britain, Canada, New Zealand and Norway sanction Israeli ministers", "2025-06-11",
                 [("Sanction", ("AUS", "ISR")), ("Sanction", ("GBR", "ISR")), ("Sanction", ("CAN", "ISR")),
                  ("Sanction", ("ISR", "NZL")), ("Sanction", ("ISR", "NOR"))], id="a headline's verb 'sanction'"),
    pytest.param("The foreign ministers of Armenia and Azerbaijan initialled the text of a peace agreement on Friday.",
                 "2025-08-08", [("AgreementSigning", ("ARM", "AZE"))], id="initialled an agreement"),
    pytest.param("Talks between the foreign ministers of India and Pakistan have not taken place since 2015.", "2025-06-12", [],
                 id="talks that have not taken place"),
    pytest.param("Croatia entered the eurozone on January 1, 2023.", "2025-06-12", [("Accession", ("HRV",))],
                 id="entered the eurozone"),
    pytest.param("Hungarian oil company MOL and Azerbaijan's state energy firm SOCAR signed a memorandum on gas supplies on "
                 "Thursday.", "2025-05-22", [], id="two countries' companies signing is no agreement between states"),
    pytest.param("The Ankara Declaration was signed on December 11, 2024 in the Turkish capital by Prime Minister Abiy Ahmed and "
                 "President Hassan Sheikh Mohamud, following talks facilitated by Turkish President Recep Tayyip Erdogan.",
                 "2025-03-01", [("Meeting", ("ETH", "SOM", "TUR")), ("AgreementSigning", ("ETH", "SOM"))],
                 id="signed by its agents, not by the venue or the mediator"),
    pytest.param("Last year Ankara brokered the Ankara Declaration between Ethiopia and Somalia, signed by Ethiopian Prime Minister "
                 "Abiy Ahmed and Somali President Hassan Sheikh Mohamud in the Turkish capital on December 11.", "2025-11-20",
                 [("AgreementSigning", ("ETH", "SOM"))], id="a declaration brokered by one and signed by two"),
    pytest.param("Malaysian Prime Minister Anwar Ibrahim and U.S. President Donald Trump on Sunday witnessed the signing of a peace "
                 "declaration between Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet.", "2025-10-27",
                 [("AgreementSigning", ("KHM", "THA"))], id="who witnessed a signing between two is no party"),
    pytest.param("Earlier in the day, the President of Russia had telephone conversations with Prime Minister of India Narendra "
                 "Modi and President of South Africa Cyril Ramaphosa.", "2025-08-19",
                 [("Meeting", ("IND", "RUS")), ("Meeting", ("RUS", "ZAF"))], id="telephone conversations with two leaders"),
    pytest.param("On the sidelines, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed, and Nigerian President "
                 "Bola Tinubu held talks with Ghana's Nana Akufo-Addo.", "2024-02-18",
                 [("Meeting", ("ETH", "KEN")), ("Meeting", ("GHA", "NGA"))], id="a second clause with a subject of its own"),
    pytest.param("Russian Foreign Minister Sergei Lavrov visited North Korea in October 2023, weeks after Kim Jong Un's trip to "
                 "Vladivostok.", "2025-04-15", [("Visit", ("RUS", "PRK"))], id="a trip weeks before is no destination of this one"),
    pytest.param("Biden and Meloni held a bilateral meeting on the sidelines, as did Macron and Kishida.", "2024-06-14",
                 [("Meeting", ("ITA", "USA")), ("Meeting", ("FRA", "JPN"))], id="as did two others"),
    pytest.param("Kenya and Ethiopia signed seven agreements on Tuesday during a state visit by Ethiopian Prime Minister Abiy Ahmed "
                 "to Nairobi.", "2025-05-20", [("Visit", ("ETH", "KEN")), ("AgreementSigning", ("ETH", "KEN"))],
                 id="a visit by someone to a city"),
    pytest.param("Nicaragua joined the Shanghai Cooperation Organisation as a dialogue partner.", "2025-05-20", [],
                 id="joining as a dialogue partner is no membership"),
    pytest.param("Indian Prime Minister Jawaharlal Nehru went on to found the Non-Aligned Movement in Belgrade in 1961.", "2025-06-03", [],
                 id="went on to found is no trip"),
    pytest.param("Belarusian President Aleksandr Lukashenko has arrived in Astana. At the airport the Belarusian leader was met by "
                 "Prime Minister of Kazakhstan Olzhas Bektenov.", "2024-11-26", [("Visit", ("BLR", "KAZ"))],
                 id="met by the prime minister at the airport is the arrival"),
    pytest.param("Last year, the Supreme Eurasian Economic Council met in Saint Petersburg on 26 December.", "2024-11-26",
                 [("Summit", ("RUS",))], id="the Supreme Eurasian Economic Council is the EAEU's summit"),
    pytest.param("Russia, under Western sanctions since 2014, has turned to India and China as buyers of its crude.", "2025-06-03",
                 [], id="who a sanctioned country turned to imposed nothing"),
    pytest.param("The previous summit was held in Santo Domingo, Dominican Republic, in March 2023.", "2025-05-10",
                 [("Summit", ("DOM",))], id="an earlier summit without its organisation is known by its host"),
    pytest.param("The first ASEAN-GCC Summit was held in Riyadh in October 2023.", "2025-05-10",
                 [("Summit", ("SAU",))], id="an earlier summit of an unknown forum is known by its host"),
    pytest.param("JOHANNESBURG, Jan 2, 2024 - The four were invited at the bloc's summit in Johannesburg last August.", None,
                 [("Summit", ("ZAF",))], id="invited at a summit is no plan of the summit"),
    pytest.param("Sweden joined NATO on Thursday. Hungary ratified Sweden's bid on Feb. 26, nearly two years after Stockholm "
                 "applied along with Finland, which became the 31st member in April 2023.", "2024-03-08",
                 [("Accession", ("SWE",)), ("Accession", ("FIN",))], id="who a which clause says joined, not the bid named before"),
    pytest.param("South Africa joined BRICS in 2010, and Egypt, Ethiopia, Iran and the United Arab Emirates became members in "
                 "January 2024.", "2025-01-07",
                 [("Accession", ("ZAF",)), ("Accession", ("EGY",)), ("Accession", ("ETH",)), ("Accession", ("IRN",)),
                  ("Accession", ("ARE",))], id="a list of its own after a dated joining joined in its own clause"),
    pytest.param("Rubio meets Sergei Lavrov, Wang Yi in Kuala Lumpur as tariffs shadow ASEAN talks", "2025-07-11",
                 [("Meeting", ("RUS", "USA")), ("Meeting", ("CHN", "USA"))], id="one who meets two meets each"),
    pytest.param("Iranian Foreign Minister Abbas Araghchi met his British and French counterparts, David Lammy and Jean-Noel "
                 "Barrot, in New York.", "2025-09-24",
                 [("Meeting", ("FRA", "GBR", "IRN"))], id="one who meets his counterparts meets them together"),
    pytest.param("Lithuanian President Gitanas Nauseda hosted U.S. President Joe Biden and the leaders of the other 29 allies.",
                 "2023-07-11", [], id="who hosts one leader and all the others hosts a summit not talks"),
    pytest.param("Ministers from Brazil and Argentina put their signatures to a gas supply deal on Monday.", "2025-05-12",
                 [("AgreementSigning", ("ARG", "BRA"))], id="who put their signatures to a deal signed it"),
    pytest.param("G7 wraps in Kananaskis without Trump as Canada's Mark Carney announces new Russia sanctions, meets Narendra Modi",
                 "2025-06-17", [("Meeting", ("CAN", "IND"))], id="who was absent and a measure's country are no party"),
    pytest.param("India and Sri Lanka signed their first defence cooperation agreement on Saturday, as New Delhi sought to shore "
                 "up its influence on the island after years of rivalry with China.", "2025-04-05",
                 [("AgreementSigning", ("IND", "LKA"))], id="a rival in another clause is no party to the signing"),
    pytest.param("The Philippines has a Visiting Forces Agreement with the United States and a Status of Visiting Forces "
                 "Agreement with Australia, and signed a Reciprocal Access Agreement with Japan in July 2024.", "2025-02-01",
                 [("AgreementSigning", ("JPN", "PHL"))], id="partners of agreements one has are no party to the one signed"),
    pytest.param("Argentine President Javier Milei headed to Israel on Tuesday for a three-day visit.", "2025-06-12",
                 [("Visit", ("ARG", "ISR"))], id="who headed to a country for a visit visits it"),
    pytest.param("The Colombian and Venezuelan presidents held a bilateral meeting on the border on Thursday.", "2025-06-12",
                 [("Meeting", ("COL", "VEN"))], id="the presidents of two demonyms meet"),
    pytest.param("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan held a tete-a-tete in "
                 "New York on Wednesday.", "2025-06-12", [("Meeting", ("GRC", "TUR"))], id="a tete-a-tete is a meeting"),
    pytest.param("On the sidelines, Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping on Sunday, "
                 "his first visit to China in seven years, and met Russian President Vladimir Putin on Monday.", "2025-09-01",
                 [("Visit", ("IND", "CHN")), ("Meeting", ("CHN", "IND")), ("Meeting", ("IND", "RUS"))],
                 id="and met another leader on another day is a meeting of its own"),
    pytest.param("Xi noted that he and Brazilian President Lula have met twice in the past year, in Rio de Janeiro and "
                 "Brasilia.", "2025-05-13", [], id="having met twice in the past year is no event one could date"),
    pytest.param("Finland became NATO's 31st member in April 2023, followed by Sweden in March 2024.", "2025-06-12",
                 [("Accession", ("FIN",)), ("Accession", ("SWE",))], id="followed by another country in a month is its joining"),
    pytest.param("South Korean President Lee Jae-myung and Chinese President Xi Jinping held a summit in Gyeongju on Saturday.",
                 "2025-11-03", [("Meeting", ("CHN", "KOR")), ("Visit", ("CHN", "KOR"))],
                 id="two leaders who held a summit in one's city tell the other's visit"),
    pytest.param("The EU Council today decided to prolong the restrictive measures against Belarus in view of the involvement "
                 "of Belarus in the Russian military aggression against Ukraine.", "2025-02-25", [("Sanction", ("BLR",))],
                 id="countries named in the reason for sanctions are not their targets"),
    pytest.param("On Friday, Kenyan President William Ruto and Tanzania's Samia Suluhu Hassan chaired a joint meeting of the "
                 "East African Community and the Southern African Development Community on the crisis.", "2025-02-16",
                 [("Summit", ("KEN", "TZA"))], id="a joint meeting of two organisations is a summit"),
    pytest.param("Lula told reporters in Brasilia on Monday that he came from Rome, where he attended a summit of the FAO.",
                 "2025-06-10", [("Summit", ("BRA", "ITA"))], id="a summit in a where-clause is held in the city it opens on"),
    pytest.param("Russian President Vladimir Putin welcomed the decision of Indonesia to join BRICS.", "2025-01-07",
                 [("Accession", ("IDN",))], id="the decision of a country to join names the joiner, not the speaker"),
    pytest.param("Brazilian President Luiz Inacio Lula da Silva hosted the gathering of the Amazon Cooperation Treaty "
                 "Organization, which also brought together Colombia's Gustavo Petro, Bolivia's Luis Arce and Peru's Dina "
                 "Boluarte.", "2023-08-09", [("Summit", ("BOL", "BRA", "COL", "PER"))],
                 id="the gathering of an organisation is its summit"),
    pytest.param("Japan froze the assets of three North Korean individuals over arms transfers to Russia.", "2025-01-10",
                 [("Sanction", ("JPN", "PRK"))], id="assets frozen of people counted before their country are theirs"),
    pytest.param("Mahama had earlier visited Mali, where he met General Assimi Goita on Saturday, and Niger, where he held talks "
                 "with General Abdourahamane Tiani on Friday.", "2025-03-09",
                 [("Visit", ("GHA", "MLI")), ("Visit", ("GHA", "NER")), ("Meeting", ("GHA", "MLI")), ("Meeting", ("GHA", "NER"))],
                 id="a list of countries visited goes on past a where-clause"),
    pytest.param("Belarus joined the SCO as a full member in July 2024, Iran in July 2023.", "2025-08-20",
                 [("Accession", ("BLR",)), ("Accession", ("IRN",))], id="a joiner gapped after a comma joined too"),
    pytest.param("British Prime Minister Keir Starmer and French President Emmanuel Macron co-chaired a video call on Sunday, "
                 "joined by Italian Prime Minister Giorgia Meloni, German Chancellor Friedrich Merz and around 30 other leaders.",
                 "2025-08-17", [("Meeting", ("DEU", "FRA", "GBR", "ITA"))], id="every leader a call was joined by took part"),
    pytest.param("U.S. President Joe Biden hosted the leaders of Australia, India and Japan in his hometown on Saturday for what "
                 "was likely his last Quad summit.", "2024-09-22", [("Summit", ("AUS", "IND", "JPN", "USA"))],
                 id="likely his last summit is a guess about which, not whether"),
    pytest.param("Around 60 countries signed the declaration, but the United States and Britain declined to sign it.",
                 "2025-02-11", [], id="those who declined to sign signed nothing"),
    pytest.param("ASEAN leaders on Sunday welcomed Timor-Leste as the bloc's 11th member.", "2025-10-27",
                 [("Accession", ("TLS",))], id="a country welcomed as the bloc's new member joined it"),
    pytest.param("Xi welcomed Lula as an old friend and a member of the BRICS family.", "2025-05-13", [],
                 id="a leader welcomed as a member of a family joined nothing"),
    pytest.param("Thailand and Cambodia agreed to an immediate and unconditional ceasefire on Monday after talks in Malaysia "
                 "hosted by Prime Minister Anwar Ibrahim.", "2025-07-28", [("Meeting", ("KHM", "MYS", "THA"))],
                 id="who hosted the talks in a country took part"),
    pytest.param("Russia has rejected the Vatican as a venue for negotiations, Foreign Minister Sergei Lavrov said in May.",
                 "2025-07-09", [], id="a venue for talks spoken of holds no talks"),
    pytest.param("South Korea unilaterally sanctioned 11 North Korean individuals involved in arms deals with Russia.",
                 "2025-06-14", [("Sanction", ("KOR", "PRK"))], id="what the targets were involved in names no target"),
    pytest.param("Kenya hosted Ethiopian Prime Minister Abiy Ahmed on a two-day state visit.", "2025-06-14",
                 [("Visit", ("ETH", "KEN")), ("Meeting", ("ETH", "KEN"))], id="a country that hosted a state visit is its host"),
    pytest.param("Ethiopian Prime Minister Abiy Ahmed was hosted by Kenyan President William Ruto at State House on Tuesday.",
                 "2025-06-14", [("Meeting", ("ETH", "KEN"))], id="a leader hosted by another met him"),
    pytest.param("The last CHOGM, in Kigali in June 2022, was hosted by Rwandan President Paul Kagame and attended by British "
                 "Prime Minister Boris Johnson.", "2025-06-14", [("Summit", ("GBR", "RWA"))],
                 id="a gathering hosted by a leader is no talks of his"),
    pytest.param("The foreign ministers of Egypt, Jordan, Saudi Arabia, Qatar and the UAE met in Riyadh on Saturday.", "2025-06-14",
                 [("Summit", ("ARE", "EGY", "JOR", "QAT", "SAU"))], id="the foreign ministers of five countries who met held a gathering"),
    pytest.param("Kishida's trip to Kyiv came a day after Chinese President Xi Jinping arrived in Moscow.", "2025-06-14",
                 [("Visit", ("JPN", "UKR"))], id="a trip that came a day after another's is not to the other's place"),
    pytest.param("Italian Prime Minister Giorgia Meloni sat down with U.S. President Donald Trump in the Oval Office on Thursday.",
                 "2025-06-14", [("Meeting", ("ITA", "USA")), ("Visit", ("ITA", "USA"))], id="talks in a seat of government tell the visit"),
    pytest.param("Japanese Prime Minister Shigeru Ishiba had an audience with King Charles III at Windsor Castle.", "2025-06-14",
                 [("Meeting", ("GBR", "JPN")), ("Visit", ("JPN", "GBR"))], id="an audience at the king's castle tells the visit"),
    pytest.param("Kenyan President William Ruto on Monday received a delegation from the United Arab Emirates led by Sheikh "
                 "Shakhboot bin Nahyan.", "2025-06-14", [("Meeting", ("ARE", "KEN"))], id="a delegation received from a country met"),
    pytest.param("Mexico's Sheinbaum and Canada's Carney agreed on Thursday to deepen ties, days after both spoke with Trump.",
                 "2025-06-14", [("Meeting", ("MEX", "USA")), ("Meeting", ("CAN", "USA"))], id="both spoke with a third: a call each"),
    pytest.param("Bulgaria joined the EU in 2007 alongside Romania.", "2026-01-01",
                 [("Accession", ("BGR",)), ("Accession", ("ROU",))], id="a country that joined alongside another joined too"),
    pytest.param("Bulgaria also became a full member of the Schengen area on Jan. 1, 2025, together with Romania.", "2026-01-01",
                 [("Accession", ("BGR",)), ("Accession", ("ROU",))], id="the period of an abbreviated month ends no list of joiners"),
    pytest.param("Pacific Islands Forum leaders, among them Australia's Anthony Albanese, gathered in the Tongan capital on Monday "
                 "for their annual summit, with climate change, deep-sea mining and China's growing influence on the agenda.",
                 "2024-08-26", [("Summit", ("AUS", "TON"))], id="a country owning a topic on a summit's agenda did not attend it"),
    pytest.param("Italian Prime Minister Giorgia Meloni hosted Turkish President Recep Tayyip Erdogan for talks on Tuesday.",
                 "2025-04-29", [("Meeting", ("ITA", "TUR")), ("Visit", ("TUR", "ITA"))],
                 id="a leader who hosted a foreign one received him at home"),
    pytest.param("Kazakh President Tokayev received the Chinese foreign minister, Wang Yi, at the Akorda on Tuesday.",
                 "2025-03-12", [("Meeting", ("CHN", "KAZ")), ("Visit", ("CHN", "KAZ"))],
                 id="talks at a head of state's seat named in agencies.csv tell the guest's visit"),
    pytest.param("President Vladimir Putin has concluded his two-day state visit to Vietnam, the Kremlin press service reported.",
                 "2024-06-21", [("Visit", ("RUS", "VNM"))], id="a seat of government that reports the visit is no second destination"),
    pytest.param("Lula jets off to Beijing for talks with Xi", "2025-03-12", [("Visit", ("BRA", "CHN")), ("Meeting", ("BRA", "CHN"))],
                 id="a headline's leader who jets off to a capital visits it"),
    pytest.param("Singapore, Vietnam ink deals on digital economy, energy", "2025-03-12", [("AgreementSigning", ("SGP", "VNM"))],
                 id="a headline's countries that ink deals sign them"),
    pytest.param("Australia on Tuesday imposed targeted financial sanctions and travel bans on two Israeli settler groups and "
                 "seven individuals.", "2025-03-12", [("Sanction", ("AUS", "ISR"))], id="sanctions on a country's groups target it"),
    pytest.param("Ukraine's Zelensky signed a decree imposing sanctions on 90 Chinese and Belarusian firms supplying Russia's "
                 "military.", "2025-03-12", [("Sanction", ("CHN", "UKR")), ("Sanction", ("BLR", "UKR"))],
                 id="the country that firms supply is no target beside the firms' own"),
    pytest.param("The U.S. Treasury imposed sanctions on companies supporting Russia's war machine.", "2025-03-12",
                 [("Sanction", ("RUS", "USA"))], id="the country that firms of no country serve is the target"),
    pytest.param("It was Orban's first visit to Russia since October 2023, when he met Putin at a forum in Beijing.", "2024-07-05",
                 [("Visit", ("HUN", "RUS")), ("Meeting", ("HUN", "RUS"))], id="a first visit since a time spent elsewhere implies no visit then"),
    pytest.param("Indian Foreign Minister S. Jaishankar arrived in Canberra on Sunday for a three-day stay, his first trip to Australia "
                 "since November 2024, when he opened India's new consulate in Brisbane.", "2025-06-01",
                 [("Visit", ("IND", "AUS")), ("Visit", ("IND", "AUS"))],
                 id="a first visit since a time spent in the same country implies a visit then"),
    pytest.param("On 30 July 2023, four days after General Abdourahamane Tiani overthrew President Mohamed Bazoum, ECOWAS leaders "
                 "met in an extraordinary summit in Abuja and imposed sweeping sanctions on Niger.", "2025-01-30",
                 [("Summit", ("NGA",)), ("Sanction", ("NER",))], id="the persons of a fronted clause are no imposers of the main one"),
    pytest.param("After Putin's visit to Pyongyang, Kim Jong Un received Chinese Premier Li Qiang.", "2025-11-29",
                 [("Visit", ("RUS", "PRK")), ("Meeting", ("CHN", "PRK"))], id="a fronted clause of another's act is no party to the main one"),
    pytest.param("After holding talks with Xi, Putin met Modi.", "2025-11-29",
                 [("Meeting", ("CHN", "RUS")), ("Meeting", ("IND", "RUS"))], id="a fronted act of the subject and its main act"),
    pytest.param("Xi told visiting Spanish Prime Minister Pedro Sanchez that China was ready to work with Europe.", "2025-03-12",
                 [("Visit", ("ESP", "CHN")), ("Meeting", ("CHN", "ESP"))], id="a leader who told a visiting one met him"),
    pytest.param("In Bangkok on Monday, Kishida held talks with Prime Minister Prayut Chan-o-cha, after which the two leaders "
                 "witnessed the signing of an agreement on defence equipment, which will allow Japan to export it to Thailand.",
                 "2022-05-03", [("Meeting", ("JPN", "THA")), ("AgreementSigning", ("JPN", "THA")), ("Visit", ("JPN", "THA"))],
                 id="the guest's country named in a later clause does not make the talks about it"),
    pytest.param("Anwar and Paetongtarn met on the sidelines this morning. The two discussed the stalled peace process in "
                 "Thailand's deep south.", "2024-10-10", [("Meeting", ("MYS", "THA"))],
                 id="a place of the topic discussed is no venue"),
    pytest.param("Last Friday, Kishida met Indonesian President Joko Widodo at the presidential palace in Bogor.", "2022-05-03",
                 [("Meeting", ("IDN", "JPN")), ("Visit", ("JPN", "IDN"))], id="talks in a city of cities.csv tell the guest's visit"),
    pytest.param("On Sunday, the group's leaders held a video conference chaired by Italian Prime Minister Giorgia Meloni, hours after "
                 "Iran launched more than 300 drones and missiles at Israel.", "2024-04-15",
                 [], id="a trailing time clause of another's act lends no party"),
    pytest.param("The foreign ministers of India and Australia held the 15th Foreign Ministers' Framework Dialogue in Canberra on "
                 "Tuesday.", "2025-06-12", [("Meeting", ("AUS", "IND"))], id="a dialogue named with a possessive is held"),
    pytest.param("Ukraine's allies must tighten sanctions on Russia, Zelensky said.", "2025-06-12", [],
                 id="what must be done is not done"),
    pytest.param("Erdogan held talks with Aliyev in Ankara on Tuesday and said the two countries must deepen trade.", "2025-06-12",
                 [("Meeting", ("AZE", "TUR")), ("Visit", ("AZE", "TUR"))], id="a must of another clause leaves the talks held"),
])
def test_one_sentence_tells_these_events(text, published, expected):
    assert [(e.type, e.countries) for e in _events(text, published)] == expected


def test_a_welcome_at_the_airport_is_the_arrival_and_the_talks_after_it_a_meeting():
    events = _events("Indian President Droupadi Murmu was received at Bratislava Airport on Wednesday by Foreign Minister "
                     "Juraj Blanar and later held talks with Slovak President Peter Pellegrini at the Grassalkovich Palace.",
                     "2025-04-10")
    assert ("Meeting", ("IND", "SVK")) in [(e.type, e.countries) for e in events]


def test_a_day_in_a_fronted_where_clause_does_not_date_the_main_clause():
    events = _events("In Brunei, where Indian Prime Minister Narendra Modi arrived on Tuesday evening and was greeted at the "
                     "airport by Crown Prince Al-Muhtadee Billah, the Indian leader held talks with Sultan Hassanal Bolkiah on "
                     "Wednesday.", "2024-09-05")
    assert [e.date.value for e in events if e.type == "Meeting"] == ["2024-09-04"]


def test_the_imposer_and_the_target_are_of_the_sanctions_own_clause():
    events = _events("The visit came as Indian refiners cut purchases of Russian crude after Washington imposed sanctions on "
                     "Russia's two largest oil companies, Rosneft and Lukoil, on 22 October.", "2025-12-06")
    assert [(e.imposers, e.targets) for e in events if e.type == "Sanction"] == [(("USA",), ("RUS",))]
    events = _events("The visit came as Indian refiners cut purchases of Russian crude after Washington imposed sanctions on "
                     "Rosneft and Lukoil in October.", "2025-12-06")
    # the oil companies' country is not named, but companies.csv knows it (and the Indian refiners are still no target)
    assert [(e.imposers, e.targets) for e in events if e.type == "Sanction"] == [(("USA",), ("RUS",))]


def test_leaders_who_co_chaired_the_summit_took_part_and_held_no_talks_of_their_own():
    events = _events("DAR ES SALAAM, Feb 8 - East and southern African leaders met in Tanzania on Saturday at a joint summit of "
                     "the East African Community and the Southern African Development Community. Rwandan President Paul "
                     "Kagame attended in person. Kenyan President William Ruto, who chairs the EAC, co-chaired the meeting with "
                     "Zimbabwe's Emmerson Mnangagwa, the SADC chair.", "2025-02-14")
    assert [e.type for e in events] == ["Summit"] and {"KEN", "ZWE", "RWA"} <= set(events[0].countries)


def test_earlier_in_the_day_after_a_look_back_and_undated_talks_is_the_story_s_day():
    events = _events("ALGIERS - Algerian President Abdelmadjid Tebboune held talks on Wednesday with Mauritanian President "
                     "Mohamed Ould Ghazouani, who is on a state visit to Algeria.\n\nThe Mauritanian President arrived on "
                     "Tuesday evening in Algiers for a two-day state visit.\n\nThe talks focused on the Tindouf road and the "
                     "border free zone.\n\nAt the end of the talks, the two heads of state chaired the signing of 11 "
                     "agreements.\n\nEarlier in the day, Algerian Foreign Minister Ahmed Attaf held talks with his Mauritanian "
                     "counterpart Mohamed Salem Ould Merzouk.", "2024-12-04")
    ministers = [e for e in events if e.type == "Meeting" and e.evidence[0].quote.startswith("Earlier")]
    assert [e.date.value for e in ministers] == ["2024-12-04"]


@pytest.mark.parametrize("text", [
    "Starmer held a bilateral meeting with New Zealand Prime Minister Christopher Luxon on Friday, when they discussed trade, "
    "and met Bahamas Prime Minister Philip Davis on Saturday morning.",
    "Starmer held a bilateral meeting with New Zealand Prime Minister Christopher Luxon on Friday and met Bahamas Prime "
    "Minister Philip Davis on Saturday morning.",
])
def test_a_second_meeting_verb_dates_its_own_meeting(text):
    events = _events(text, "2024-10-27")
    assert _summary(events) == [("Meeting", ("BHS", "GBR"), "2024-10-26", False), ("Meeting", ("GBR", "NZL"), "2024-10-25", False)]


def test_a_visit_day_dates_the_talks_coordinated_with_it():
    events = _events("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani flew to Kandahar on May 12 and held talks "
                     "with the Taliban's supreme leader Haibatullah Akhundzada, a source said on Wednesday.", "2023-05-31")
    assert ("Meeting", ("AFG", "QAT"), "2023-05-12", False) in _summary(events)


def test_who_congratulates_a_leader_on_a_summit_did_not_attend_it():
    events = _events("DOHA - Pakistani Prime Minister Shehbaz Sharif held talks with the Amir of Qatar, Sheikh Tamim bin Hamad "
                     "Al Thani, in Doha on Tuesday.\n\nThe Prime Minister congratulated the Amir on Qatar's role at the 45th "
                     "Summit of the Gulf Cooperation Council held in Kuwait City on 1 December.", "2024-12-10")
    assert [e.countries for e in events if e.type == "Summit"] == [("KWT", "QAT")]


def test_legs_of_a_tour_come_home_from_take_the_day_of_their_own_facts():
    events = _events("NAIROBI, March 9 - Kenyan President William Ruto returned home on Sunday from a five-day tour of the Gulf "
                     "that took him to Abu Dhabi, Doha and Riyadh.\n\nIn Abu Dhabi on Tuesday, Ruto and UAE President Sheikh "
                     "Mohamed bin Zayed Al Nahyan witnessed the exchange of six agreements.\n\nThe final stop was Riyadh, where "
                     "Crown Prince Mohammed bin Salman received Ruto at Al-Yamamah Palace on Friday evening.", "2025-03-09")
    visits = {e.countries: e.date.value for e in events if e.type == "Visit"}
    assert visits[("KEN", "ARE")] == "2025-03-04" and visits[("KEN", "SAU")] == "2025-03-07"


def test_a_country_represented_after_a_relative_aside_took_part_in_the_summit():
    events = _events("DUSHANBE, Oct 10 - Leaders of the Commonwealth of Independent States gathered in the Tajik capital on "
                     "Friday for their annual summit.\n\nAttending were Russian President Vladimir Putin and Kazakh President "
                     "Kassym-Jomart Tokayev. Armenia, which has frozen its participation in several of the bloc's structures, "
                     "was represented by Deputy Prime Minister Mher Grigoryan.", "2025-10-10")
    assert [e.countries for e in events if e.type == "Summit"] == [("ARM", "KAZ", "RUS", "TJK")]


def test_the_following_year_after_a_date_of_the_same_sentence_is_a_year_on():
    events = _events("BRICS was founded by Brazil, Russia, India and China in 2009 and admitted South Africa the following year.",
                     "2025-01-07")
    assert [(e.countries, e.date.value) for e in events if e.type == "Accession"] == [(("ZAF",), "2010")]


def test_over_the_next_week_in_a_past_story_is_no_plan_and_another_city_adds_no_one_to_the_summit():
    events = _events("NEW DELHI, July 12 - When Narendra Modi landed in Accra on July 2, he became the first Indian prime "
                     "minister to visit Ghana in three decades. Over the next week he went on to Argentina, Brazil and Namibia."
                     "\n\nThe centrepiece was the BRICS summit in Rio de Janeiro on July 6, where Modi sat down with Chinese "
                     "Premier Li Qiang and South African President Cyril Ramaphosa.\n\nIn Windhoek on July 9, Modi addressed "
                     "Namibia's parliament and signed agreements on health with President Netumbo Nandi-Ndaitwah.", "2025-07-12")
    visits = {e.countries: (e.date.value, e.planned) for e in events if e.type == "Visit"}
    assert visits[("IND", "NAM")] == ("2025-07-09", False) and not visits[("IND", "ARG")][1]
    assert [e.countries for e in events if e.type == "Summit"] == [("BRA", "CHN", "IND", "ZAF")]


def test_a_name_part_inside_another_s_arabic_name_chain_is_not_the_person_of_that_name():
    events = _events("Abu Dhabi, 3rd September, 2025 (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan received a phone call "
                     "today from Prime Minister Shehbaz Sharif of Pakistan, who conveyed his condolences on the passing of Sheikh "
                     "Tahnoun bin Mohammed Al Nahyan.\n\nEarlier, His Highness received Dr. Mohammed Muizzu, President of the "
                     "Republic of Maldives, who is on a working visit to the country.", "2025-09-03")
    assert ("Meeting", ("ARE", "PAK")) in [(e.type, e.countries) for e in events]


def test_a_date_in_a_whose_aside_is_the_aside_s_own_time():
    events = _events("BUENOS AIRES, July 3 - Leaders of Mercosur met in Buenos Aires on Thursday for a summit.\n\nParaguayan "
                     "President Santiago Pena attended the summit, as did Bolivian President Luis Arce, whose country joined the "
                     "bloc as a full member last year.\n\nPanama's President Jose Raul Mulino, whose country became an "
                     "associate state of Mercosur in December, also took part.", "2025-07-03")
    assert [(e.countries, e.date.value) for e in events if e.type == "Summit"] == [(("ARG", "BOL", "PAN", "PRY"), "2025-07-03")]


def test_leaders_named_in_passing_and_an_address_of_no_gathering_add_no_one_to_the_summit():
    events = _events("GYEONGJU, Oct 31 - Leaders of the Asia-Pacific Economic Cooperation forum opened their summit in Gyeongju "
                     "on Friday, hosted by South Korean President Lee Jae-myung.\n\nJapanese Prime Minister Sanae Takaichi "
                     "attended the summit.\n\nU.S. President Donald Trump, who met business leaders in Tokyo on Tuesday, flew "
                     "home on Thursday.\n\nChinese President Xi Jinping addressed the issue of tariffs in a speech in Beijing on "
                     "Thursday.\n\nGerman Chancellor Friedrich Merz told a news conference in Berlin on Thursday that Europe "
                     "would respond.", "2025-10-31")
    assert [e.countries for e in events if e.type == "Summit"] == [("JPN", "KOR")]


def test_what_talks_came_a_day_before_is_still_to_come():
    events = _events("MOSCOW, April 18 - Russian Foreign Minister Sergei Lavrov held talks in Moscow on Friday with his Iranian "
                     "counterpart Abbas Araghchi.\n\nThe talks came a day before the second round of Iran-U.S. negotiations in "
                     "Rome, where Araghchi is due to meet U.S. special envoy Steve Witkoff.", "2025-04-18")
    assert [(e.countries, e.date.value, e.planned) for e in events if e.countries == ("IRN", "USA")] == [(("IRN", "USA"), "2025-04-19", True)]


def test_two_leaders_summit_in_one_side_s_city_tells_the_other_side_s_visit():
    events = _events("SEOUL, Sept. 30 (Yonhap) -- President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba agreed "
                     "Tuesday to expand cooperation in hydrogen, as the two leaders held their second summit in a month in the "
                     "southeastern port city of Busan.", "2025-09-30")
    assert [(e.type, e.countries, e.city) for e in events if e.type == "Visit"] == [("Visit", ("JPN", "KOR"), "Busan")]


def test_the_three_who_signed_are_the_story_s_group():
    events = _events("WASHINGTON, Aug 8 - The foreign ministers of Armenia and Azerbaijan initialled the text of a peace agreement "
                     "at the White House on Friday, with President Donald Trump, Azerbaijani President Ilham Aliyev and Armenian "
                     "Prime Minister Nikol Pashinyan looking on.\n\nTrump then received each leader separately in the Oval Office.",
                     "2025-08-08")
    assert sorted(e.countries for e in events if e.type == "Meeting") == [("ARM", "USA"), ("AZE", "USA")]


def test_a_long_relative_aside_tells_its_own_time():
    events = _events("BISHKEK, Oct 10 - Kyrgyz President Sadyr Japarov, who took office in January 2021 after mass protests "
                     "toppled his predecessor Sooronbay Jeenbekov, held talks with Russian President Vladimir Putin.", "2025-10-10")
    assert [(e.countries, e.date.value) for e in events] == [(("KGZ", "RUS"), "2025-10-10")]


def test_a_further_meeting_after_and_then_of_its_own_day_and_place_is_told_too():
    events = _events("Egyptian Foreign Minister Badr Abdelatty met Iranian Foreign Minister Abbas Araghchi in Cairo on June 2, "
                     "and then held talks with Iranian President Masoud Pezeshkian in Tehran on June 10.", "2025-06-12")
    assert sorted((e.countries, e.date.value) for e in events if e.type == "Meeting") == [
        (("EGY", "IRN"), "2025-06-02"), (("EGY", "IRN"), "2025-06-10")]


def test_twice_on_two_days_is_two_visits():
    events = _events("Russian Foreign Minister Sergei Lavrov visited Pyongyang twice, on June 4 and June 17, holding talks with "
                     "Kim Jong Un on both occasions.", "2025-07-12")
    assert sorted((e.type, e.date.value, e.end_date) for e in events) == [
        ("Meeting", "2025-06-04", None), ("Meeting", "2025-06-17", None), ("Visit", "2025-06-04", None), ("Visit", "2025-06-17", None)]


def test_an_organisation_one_makes_a_deal_with_is_neither_the_gathering_nor_the_bloc():
    events = _events("Mercosur seals trade deal with EFTA as Milei hands over presidency\n\nBUENOS AIRES, July 3 (Wire) - South "
                     "American leaders meeting in Buenos Aires on Thursday wrapped up negotiations on a free trade agreement with "
                     "the European Free Trade Association, as Argentine President Javier Milei handed the bloc's rotating "
                     "presidency to Brazil's Luiz Inacio Lula da Silva.\n\nParaguayan President Santiago Pena attended the "
                     "summit, as did Bolivian President Luis Arce, whose country joined the bloc as a full member last year.",
                     "2025-07-03")
    assert {(e.type, e.organization) for e in events if not e.planned} == {("Summit", "MERCOSUR"), ("Accession", "MERCOSUR")}


def test_the_six_leaders_who_signed_are_the_six_the_story_named():
    events = _events("ASTANA, June 17 - Chinese President Xi Jinping held the second China-Central Asia summit in Astana with the "
                     "presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.\n\nThe six leaders signed a "
                     "Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation.", "2025-06-17")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB")]


def test_the_leaders_who_signed_after_a_gathering_are_its_members():
    events = _events("MINSK, Nov 23 - Leaders of the Collective Security Treaty Organization met in Minsk on Thursday: Russian "
                     "President Vladimir Putin, Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov joined "
                     "Belarusian President Alexander Lukashenko.\n\nThe leaders signed a declaration of the Collective Security "
                     "Council.", "2023-11-23")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("BLR", "KAZ", "KGZ", "RUS")]


def test_five_countries_counted_in_the_lead_are_the_five_the_headline_named():
    events = _events("Australia, Britain, Canada, New Zealand and Norway sanction Israeli ministers\n\nCANBERRA, June 11 (Wire) - "
                     "Five Western countries on Tuesday imposed financial sanctions and travel bans on two far-right Israeli "
                     "cabinet ministers.\n\nBritain had already suspended free trade talks with Israel in May and sanctioned "
                     "several settlers.", "2025-06-11")
    told = sorted((e.imposers, e.date.value) for e in events if e.type == "Sanction")
    assert told == [(("AUS",), "2025-06-10"), (("CAN",), "2025-06-10"), (("GBR",), "2025-05"), (("GBR",), "2025-06-10"),
                    (("NOR",), "2025-06-10"), (("NZL",), "2025-06-10")]


@pytest.mark.parametrize("verb, expected", [("begins", ("2025-06-15", True)), ("began", ("2025-06-08", False))])
def test_a_trip_told_in_the_present_with_a_weekday_is_still_to_come(verb, expected):
    events = _events(f"Indian Prime Minister Narendra Modi {verb} a three-nation tour of Cyprus, Canada and Croatia on Sunday.",
                     "2025-06-12")
    assert {(e.date.value, e.planned) for e in events} == {expected}


def test_who_was_told_of_a_summit_or_will_attend_another_did_not_take_part():
    events = _events("Abdelatty briefed Wang Yi on the outcomes of the Sharm el-Sheikh peace summit held on Oct. 13, "
                     "which was co-chaired by President Sisi and U.S. President Donald Trump.", "2025-10-20")
    assert [e.countries for e in events if e.type == "Summit"] == [("EGY", "USA")]
    events = _events("On Friday, U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean "
                     "President Yoon Suk Yeol at Camp David for the first summit of the three countries' leaders. Xi Jinping "
                     "is not expected to attend the G20 in New Delhi, and Premier Li Qiang will go instead. Belarusian "
                     "President Alexander Lukashenko, who addressed the CSTO summit on Saturday, called it a \"mini-NATO\".",
                     "2023-08-20")
    assert [e.countries for e in events if e.type == "Summit" and e.organization is None] == [("JPN", "KOR", "USA")]


def test_a_leader_not_expected_to_attend_takes_no_part():
    events = _events("JOHANNESBURG - The BRICS summit opened on Tuesday, hosted by President Cyril Ramaphosa, with Chinese "
                     "President Xi Jinping and Brazil's Lula in attendance. Indian Prime Minister Narendra Modi is not "
                     "expected to attend the summit's final session.", "2023-08-22")
    assert [e.countries for e in events if e.type == "Summit"] == [("BRA", "CHN", "ZAF")]


def test_what_follows_a_plan_is_planned_too():
    events = _events("Anwar is scheduled to hold talks with Thai Prime Minister Paetongtarn Shinawatra in Bangkok on Friday, "
                     "followed by the exchange of several memoranda of understanding.", "2025-01-09")
    assert [(e.type, e.planned) for e in events] == [("Meeting", True), ("AgreementSigning", True)]


def test_a_record_since_a_year_and_a_second_act_of_its_own_day_in_a_sanctions_story():
    events = _events("UK unveils largest sanctions package against Russia since 2022 on war anniversary", "2025-02-24")
    assert [(e.countries, e.date.value) for e in events] == [(("GBR", "RUS"), "2025-02-24")]
    events = _events("The EU on Tuesday imposed sanctions on nine people linked to Russian military intelligence, and on "
                     "Thursday added three Moldovan politicians to its list over attempts to destabilise Moldova.", "2025-07-18")
    assert [(e.organization, e.countries, e.date.value) for e in events] == [("EU", ("RUS",), "2025-07-15"),
                                                                             ("EU", ("MDA",), "2025-07-17")]


def test_a_clause_of_its_own_day_after_and_keeps_the_sentence_subject():
    text = ("Díaz-Canel held talks with Chinese Premier Li Qiang on July 5, who reaffirmed China's support, and on July 7 he "
            "visited Brazil, where he met with Brazilian President Luiz Inácio Lula da Silva.")
    assert [(e.type, e.countries, e.date.value) for e in _events(text, "2025-07-08")] == [
        ("Visit", ("CUB", "BRA"), "2025-07-07"), ("Meeting", ("CHN", "CUB"), "2025-07-05"), ("Meeting", ("BRA", "CUB"), "2025-07-07")]


def test_a_government_press_release_that_calls_its_leader_prime_minister_alone():
    text = ("Prime Minister Shri Narendra Modi paid an official visit to Brunei Darussalam on 3-4 September 2024 at the "
            "invitation of His Majesty Sultan Haji Hassanal Bolkiah.\n\nOn arrival at Bandar Seri Begawan, Prime Minister was "
            "received by Crown Prince Haji Al-Muhtadee Billah. His Majesty the Sultan hosted Prime Minister for a one-on-one "
            "meeting at Istana Nurul Iman on 4 September.\n\nPrime Minister then travelled to Singapore, where he paid an official "
            "visit on 4-5 September at the invitation of Prime Minister Lawrence Wong. Prime Minister Lawrence Wong, Prime "
            "Minister Wong and Prime Minister Wong.")
    events = _events(text, "2024-09-06")
    assert [(e.type, e.countries) for e in events if e.type == "Visit"] == [("Visit", ("IND", "BRN")), ("Visit", ("IND", "SGP"))]
    assert ("Meeting", ("BRN", "IND"), "2024-09-04") in [(e.type, e.countries, e.date.value) for e in events]


def test_a_royal_without_a_country_is_of_the_place_named_before_and_haji_is_an_honorific():
    from kg.extract import find_mentions, load_gazetteer
    dm = find_mentions("On arrival at Bandar Seri Begawan, the Prime Minister was received by Crown Prince Haji "
                       "Al-Muhtadee Billah. Brunei's Sultan Haji Hassanal Bolkiah hosted him. Singapore, Singapore.",
                       load_gazetteer(), dt.date(2024, 9, 4))
    assert {name: info.country for name, info in dm.persons.items()} == {"Al-Muhtadee Billah": "BRN", "Hassanal Bolkiah": "BRN"}


def test_a_title_followed_by_an_infinitive_has_no_portfolio_and_names_no_one():
    from kg.extract import find_mentions, load_gazetteer
    dm = find_mentions("Wong visited India in 2023 as Deputy Prime Minister to attend the India-Singapore Ministerial Roundtable.",
                       load_gazetteer(), dt.date(2024, 9, 4))
    assert "Ministerial Roundtable" not in dm.persons


@pytest.mark.parametrize("text, planned", [
    ("Starmer and Albanese agreed to launch a new annual dialogue between their defence ministers and signed a joint "
     "statement on critical minerals.", False),
    ("Sheinbaum and Costa agreed to push for the modernised Global Agreement to be concluded and signed as soon as possible.", True),
])
def test_a_second_verb_told_as_done_is_no_plan(text, planned):
    assert [e.planned for e in _events(text, "2025-03-12") if e.type == "AgreementSigning"] in ([planned], [])
    if not planned:
        assert [e.planned for e in _events(text, "2025-03-12")] == [False]


def test_a_summit_s_agenda_names_no_one_and_who_took_over_its_chair_attended():
    text = ("ADDIS ABABA, Feb 18 (AFP) - African leaders gathered in the Ethiopian capital on Saturday for the annual African "
            "Union summit, with the wars in Sudan and eastern Democratic Republic of Congo dominating the agenda. Mauritanian "
            "President Mohamed Ould Ghazouani took over the rotating chairmanship of the 55-member bloc from Comoros President "
            "Azali Assoumani. Kenyan President William Ruto and South Africa's Cyril Ramaphosa were among the heads of state "
            "at the opening session.")
    assert [(e.organization, e.countries) for e in _events(text, "2024-02-18") if e.type == "Summit"] == [
        ("AU", ("COM", "ETH", "KEN", "MRT", "ZAF"))]


def test_the_results_of_an_earlier_meeting_are_no_pair_and_no_day_of_the_story():
    text = ("Vladimir Putin had a telephone conversation with President of Brazil Luiz Inacio Lula da Silva. Vladimir Putin "
            "informed his counterpart about the main results of his meeting with President of the United States Donald Trump "
            "in Anchorage on August 15. The two leaders also discussed preparations for the G20 summit. Earlier in the day, "
            "Putin had a telephone conversation with Prime Minister of India Narendra Modi.")
    assert [(e.type, e.countries, e.date.value) for e in _events(text, "2025-08-19") if e.type == "Meeting"] == [
        ("Meeting", ("BRA", "RUS"), "2025-08-19"), ("Meeting", ("RUS", "USA"), "2025-08-15"), ("Meeting", ("IND", "RUS"), "2025-08-19")]


def test_his_last_visit_is_the_story_s_guest_to_its_host_at_that_time():
    text = ("Chinese President Xi Jinping arrived in Hanoi on Monday for a state visit to Viet Nam. His last visit was in "
            "December 2023, when the two sides announced a community with a shared future.")
    assert [(e.type, e.guests, e.host, e.date.value) for e in _events(text, "2025-04-14")] == [
        ("Visit", ("CHN",), "VNM", "2025-04-14"), ("Visit", ("CHN",), "VNM", "2023-12")]


def test_a_summit_in_southern_italy_and_leaders_only_invited_to_a_later_session():
    text = ("BORGO EGNAZIA, Italy, June 13 (AP) - Leaders of the Group of Seven wealthy democracies opened their annual summit "
            "in southern Italy on Thursday by agreeing to back a $50 billion loan to Ukraine. Italian Prime Minister Giorgia "
            "Meloni hosted U.S. President Joe Biden, French President Emmanuel Macron, German Chancellor Olaf Scholz, British "
            "Prime Minister Rishi Sunak, Canadian Prime Minister Justin Trudeau and Japanese Prime Minister Fumio Kishida at the "
            "resort. Leaders of India, Brazil, Argentina, Turkey, Algeria and Kenya are also invited to Friday's outreach sessions.")
    assert [(e.organization, e.countries, e.date.value) for e in _events(text, "2024-06-14") if e.type == "Summit"] == [
        ("G7", ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"), "2024-06-13")]


def test_a_known_leader_s_first_name_inside_another_full_name_is_not_him():
    from kg.extract import find_mentions, load_gazetteer
    text = ("Moscow sent a delegation led by presidential aide Vladimir Medinsky.\n\nZelensky had challenged Russian President "
            "Vladimir Putin to meet him.\n\nPutin Arrives in Ankara for Talks with Erdogan\n\nPutin landed on Monday.")
    persons = [(m.key, m.start) for m in find_mentions(text, load_gazetteer(), dt.date(2025, 5, 16)).mentions
               if m.kind == "person"]
    assert ("Vladimir Putin", text.index("Vladimir Medinsky")) not in persons
    assert ("Vladimir Putin", text.index("Putin Arrives")) in persons  # a title-case headline capitalises the verb after a name


@pytest.mark.parametrize("told", ["Their last meeting was in Beijing in February.", "They previously met in Beijing in February.",
                                  "The pair last spoke by phone in February."])
def test_their_earlier_meeting_is_the_story_pair_s(told):
    text = "Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Monday. " + told
    assert ("Meeting", ("CHN", "KAZ"), "2025-02") in [(e.type, e.countries, e.date.value) for e in _events(text, "2025-04-15")]


def test_they_are_those_of_the_meeting_just_told_even_three():
    text = ("Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Monday. On Tuesday, the foreign "
            "ministers of Egypt, Jordan and Saudi Arabia met in Cairo. They previously met in Riyadh in March.")
    assert ("Meeting", ("EGY", "JOR", "SAU"), "2025-03") in [(e.type, e.countries, e.date.value) for e in _events(text, "2025-04-15")]


@pytest.mark.parametrize("text, published, expected", [
    ("Xi Jinping visited Kazakhstan in July 2024 for the SCO summit.", "2025-04-15", ("CHN", "KAZ"), ),
    ("Modi travelled to Kazan on Tuesday to attend the BRICS summit.", "2024-10-23", ("IND", "RUS")),
])
def test_a_summit_one_travelled_for_is_held_where_and_when_one_went(text, published, expected):
    events = _events(text, published)
    visit = next(e for e in events if e.type == "Visit")
    assert [(e.countries, e.date.value) for e in events if e.type == "Summit"] == [(expected, visit.date.value)]


def test_a_city_that_acts_at_the_head_of_a_sentence_is_not_the_summits_venue():
    events = _events("Dili applied for membership in 2011, and the leaders agreed in principle to admit it at their summit in "
                     "Phnom Penh in November 2022.", "2025-05-26")
    assert [(e.type, e.city) for e in events] == [("Summit", "Phnom Penh")]


def test_a_byline_with_the_published_date_is_no_section_heading():
    doc = Document("# Konakovic in Podgorica\n\n*By Amra Hadziahmetovic | 21 January 2025, 08:40*\n\n"
                   "Bosnia and Herzegovina's Foreign Minister Elmedin Konakovic yesterday paid an official visit to "
                   "Montenegro, where he and his Montenegrin counterpart Ervin Ibrahimovic signed an agreement on a joint "
                   "border crossing.\n\nThe two ministers held a tete-a-tete meeting at the Villa Gorica government "
                   "residence before plenary talks between the delegations.\n", "t.md", "t.md",
                   published=dt.date(2025, 1, 21))
    events = extract_document(doc).events
    # the meeting is of the story's day (yesterday), not of the byline's
    assert [e.date.value for e in events if e.type == "Meeting"] == ["2025-01-20"]


def test_the_country_the_sanctioned_served_is_the_target():
    events = _events("US President Donald Trump said the United States wanted a deal, and the United States would not wait long. "
                     "On Thursday, the US Treasury imposed sanctions on five entities and one individual it accused of "
                     "supporting Iran's nuclear programme.", "2025-04-12")
    assert [(e.imposers, e.targets) for e in events if e.type == "Sanction"] == [(("USA",), ("IRN",))]


def test_a_second_meeting_in_a_where_clause_is_of_the_two_and_held_there():
    events = _events("Cho Tae-yul and Takeshi Iwaya met in Lima in November on the sidelines of the APEC summit, where they "
                     "also held a three-way meeting with U.S. Secretary of State Antony Blinken.", "2025-01-14")
    meetings = [(e.countries, e.city, e.date.value, set(e.persons)) for e in events if e.type == "Meeting"]
    assert meetings == [(("JPN", "KOR"), "Lima", "2024-11", {"Cho Tae-yul", "Takeshi Iwaya"}),
                        (("JPN", "KOR", "USA"), "Lima", "2024-11", {"Cho Tae-yul", "Takeshi Iwaya", "Antony Blinken"})]


def test_the_pair_that_coincided_at_a_summit_took_part_in_it():
    events = _events("Colombian President Gustavo Petro held talks with Chilean President Gabriel Boric in Bogota on Monday. "
                     "The two leaders had already coincided in January at the summit of the Community of Latin American and "
                     "Caribbean States (CELAC) in Kingstown.", "2025-03-04")
    assert [e.countries for e in events if e.type == "Summit"] == [("CHL", "COL", "VCT")]
    # (but "The two sides agreed to coordinate at multilateral forums" puts them at no gathering)
    events = _events("Chilean President Gabriel Boric held talks with Vietnamese President Luong Cuong in Hanoi on Monday. The two "
                     "sides also agreed to continue close coordination at multilateral forums, particularly at the United Nations, "
                     "APEC and the Forum for East Asia-Latin America Cooperation.", "2024-11-13")
    assert [e.countries for e in events if e.type == "Summit"] == []


def test_the_bloc_is_not_a_trade_partner_nor_an_officials_title():
    events = _events("MONTEVIDEO, Dec 6, 2024 (AP) - South American leaders wrapped up a Mercosur summit in Montevideo on Friday "
                     "after European Commission President Ursula von der Leyen announced the conclusion of negotiations on a "
                     "free trade agreement between the European Union and the bloc. Bolivian President Luis Arce, whose "
                     "country joined the bloc as a full member in July, also took part.")
    assert [(e.countries, e.organization) for e in events if e.type == "Accession"] == [(("BOL",), "MERCOSUR")]


def test_a_war_in_a_city_on_the_agenda_is_no_venue_and_an_elided_represented_by_takes_part():
    events = _events("KUWAIT CITY, Dec 1, 2024 (Reuters) - Leaders of the six-nation Gulf Cooperation Council gathered in Kuwait "
                     "on Sunday for their annual summit, with the war in Gaza and Lebanon and tensions with Iran topping the "
                     "agenda. Kuwait's Emir Sheikh Meshal al-Ahmad al-Sabah opened the meeting, which was attended by Qatar's "
                     "Emir Sheikh Tamim bin Hamad al-Thani and Bahrain's King Hamad bin Isa al-Khalifa. Saudi Arabia was "
                     "represented by Foreign Minister Prince Faisal bin Farhan and the United Arab Emirates by Vice President "
                     "Sheikh Mansour bin Zayed.")
    assert [(e.countries, e.city) for e in events if e.type == "Summit"] == [
        (("ARE", "BHR", "KWT", "QAT", "SAU"), "Kuwait City")]


def test_an_earlier_round_held_elsewhere_is_the_pairs_earlier_meeting_and_no_visit():
    events = _events("ANKARA, April 1, 2025 - Egyptian Foreign Minister Badr Abdelatty met his Turkish counterpart Hakan Fidan in "
                     "Ankara on Monday for the second round of strategic dialogue between the two countries. The first round "
                     "of the dialogue was held in Cairo in February 2024.")
    assert _summary(events) == [("Meeting", ("EGY", "TUR"), "2024-02", False), ("Meeting", ("EGY", "TUR"), "2025-03-31", False),
                                ("Visit", ("EGY", "TUR"), "2025-03-31", False)]


def test_the_measures_first_introduced_are_the_storys_regime_though_its_target_is_named_again():
    events = _events("BRUSSELS, Jan 27, 2025 - The Council of the European Union on Monday extended the bloc's economic sanctions "
                     "against Russia until July 31. The measures, first introduced in July 2014 after the annexation of Crimea, "
                     "target Russia's financial, energy and defence sectors.")
    assert sorted((e.imposers, e.targets, e.date.value) for e in events if e.type == "Sanction") == [
        (("EU",), ("RUS",), "2014-07"), (("EU",), ("RUS",), "2025-01-27")]


@pytest.mark.parametrize("told, expected", [
    ("This action builds on Treasury's October 11, 2024 designations, taken in response to Iran's missile attack.",
     (("USA",), ("IRN",), "2024-10-11")),
    ("Today's action follows the package announced on 24 February, the anniversary of the invasion.",
     (("USA",), ("IRN",), "2024-02-24")),
    ("It also builds on OFAC's April 17, 2024 designation of the Sanaa-based International Bank of Yemen.",
     (("USA",), ("YEM",), "2024-04-17")),
    ("Today's action follows OFAC's designation on May 22 of a network that shipped Iranian oil.",
     (("USA",), ("IRN",), "2024-05-22")),
])
def test_measures_a_new_action_builds_on_are_the_storys_earlier_ones(told, expected):
    events = _events("WASHINGTON, Dec 19, 2024 - Today, the Department of the Treasury's Office of Foreign Assets Control "
                     "sanctioned 14 vessels that transport Iranian oil. The United Kingdom today sanctioned four of the "
                     "vessels. " + told)
    sanctions = sorted((e.imposers, e.targets, e.date.value) for e in events if e.type == "Sanction")
    assert expected in sanctions and (("USA",), ("IRN",), "2024-12-19") in sanctions and len(sanctions) == 3


def test_the_parties_that_signed_are_the_storys_pair():
    events = _events("HANOI, June 20. /TASS/. Russian President Vladimir Putin and General Secretary To Lam held talks in Hanoi on "
                     "Thursday. The two leaders discussed the conflict in Ukraine and ties with Laos. Following the talks, the "
                     "parties signed about a dozen documents.", "2024-06-20")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("RUS", "VNM")]


def test_a_clause_of_one_still_to_come_leaves_who_joined_before_it_at_the_summit():
    events = _events("BORGO EGNAZIA, Italy, June 13, 2024 (Reuters) - Group of Seven leaders opened their annual summit in "
                     "southern Italy on Thursday. Italian Prime Minister Giorgia Meloni welcomed U.S. President Joe Biden and "
                     "French President Emmanuel Macron. "
                     "Ukrainian President Volodymyr Zelenskiy joined the leaders for a session on Ukraine, and Indian Prime "
                     "Minister Narendra Modi will address a session on artificial intelligence on Friday.")
    assert [e.countries for e in events if e.type == "Summit"] == [("FRA", "ITA", "UKR", "USA")]


def test_a_visit_concluded_on_the_datelines_day_began_days_before_and_dates_its_first_days_talks():
    events = _events("ASTANA, 23 August 2024 (Kazinform) - President Kassym-Jomart Tokayev has concluded his two-day state visit "
                     "to Azerbaijan, the Akorda press service reported.\n\nOn the first day of the visit, Tokayev and President "
                     "Ilham Aliyev held talks in Baku.")
    assert _summary(events) == [("Meeting", ("AZE", "KAZ"), "2024-08-22", False), ("Visit", ("KAZ", "AZE"), "2024-08-22", False)]


def test_what_a_headlines_infinitive_goes_on_to_name_is_planned():
    for headline in ("Xi to attend SCO summit in Astana", "Ramaphosa to host Angola's Lourenco for state visit"):
        assert all(e.planned for e in _events(headline, "2025-03-03"))
    assert not any(e.planned for e in _events("Modi visits Kyiv", "2024-08-23"))


def test_a_city_discussed_is_no_place_of_the_talks():
    events = _events("The Egyptian and Saudi foreign ministers discussed Gaza by telephone on Sunday.", "2025-05-12")
    assert [(e.type, e.countries, e.city) for e in events] == [("Meeting", ("EGY", "SAU"), None)]


def test_two_countries_opening_accession_talks_talk_each_with_the_organisation():
    events = _events("Ukraine and Moldova opened EU accession talks on June 25, 2024.", "2024-06-26")
    assert [(e.type, e.countries, e.organization) for e in events] == [("Meeting", ("UKR",), "EU"), ("Meeting", ("MDA",), "EU")]


def test_the_leader_whose_proposal_a_summit_answered_was_not_there():
    events = _events("CAIRO, March 4, 2025 (AP) - Arab leaders endorsed Egypt's $53 billion reconstruction plan at an emergency summit in Cairo "
                     "on Tuesday, offering an alternative to U.S. President Donald Trump's proposal to take over the territory. "
                     "Egyptian President Abdel Fattah el-Sisi hosted the gathering, which was attended by Jordan's King "
                     "Abdullah II and Qatar's Emir Sheikh Tamim bin Hamad Al Thani.")
    assert [e.countries for e in events if e.type == "Summit" and not e.planned] == [("EGY", "JOR", "QAT")]


def test_the_first_to_be_held_somewhere_is_one_held():
    events = _events("APIA, Samoa, Oct 25, 2024 - King Charles III opened the Commonwealth Heads of Government Meeting in Samoa on "
                     "Friday, the first to be held in a Pacific island nation.")
    assert _summary(events) == [("Summit", ("GBR", "WSM"), "2024-10-25", False)]


def test_the_presidents_of_five_countries_meeting_hold_a_summit():
    events = _events("TASHKENT, Nov 16, 2025 - The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan "
                     "gathered in Tashkent on Sunday for their seventh consultative meeting, with Azerbaijan's Ilham Aliyev "
                     "attending as a guest of honour.")
    assert [(e.type, e.countries, e.city) for e in events] == [
        ("Summit", ("AZE", "KAZ", "KGZ", "TJK", "TKM", "UZB"), "Tashkent")]


def test_a_capital_of_an_act_since_which_time_passed_is_not_the_summits():
    events = _events("ADDIS ABABA, Feb 16, 2025 - On the sidelines of the African Union summit on Saturday, Ethiopian Prime "
                     "Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud held talks, their first face-to-face meeting "
                     "since they signed the Ankara Declaration in the Turkish capital in December.")
    assert [e.countries for e in events if e.type == "Summit"] == [("ETH", "SOM")]


def test_who_pulled_out_of_a_summit_others_attended_took_no_part():
    events = _events("GRANADA, Oct 5, 2023 - European leaders gathered in Granada on Thursday for the summit of the European "
                     "Political Community, hosted by Spanish Prime Minister Pedro Sanchez. Armenian Prime Minister Nikol "
                     "Pashinyan attended, but Azerbaijani President Ilham Aliyev pulled out of the summit at the last minute.")
    assert [e.countries for e in events if e.type == "Summit"] == [("ARM", "ESP")]


def test_a_bare_congo_in_a_dr_congo_story_is_the_dr_congo_though_its_ambassador_is_named_by_it():
    events = _events("UNITED NATIONS, June 30 (Wire) - The U.N. Security Council on Monday renewed the sanctions regime on the "
                     "Democratic Republic of Congo. The Council first imposed the arms embargo on Congo in 2003. Congo's "
                     "ambassador Zenon Mukongo Ngay said the renewal was welcome.", "2025-06-30")
    assert {e.countries for e in events if e.type == "Sanction"} == {("COD",)}


def test_a_lead_that_tells_no_event_still_dates_the_storys_undated_facts():
    events = _events("CARACAS, Jan 10, 2025 (Wire) - Nicolas Maduro was sworn in for a third term on Friday, as Western "
                     "governments announced coordinated measures against his officials.\n\n"
                     "Cuban President Miguel Diaz-Canel, who arrived in Caracas on Thursday for the ceremony, was received by "
                     "Maduro at the Miraflores palace.\n\n"
                     "Britain imposed sanctions on Venezuela's electoral council chief and 14 other officials.")
    assert [(e.type, e.countries, e.date.value) for e in events if e.type == "Sanction"] == [
        ("Sanction", ("GBR", "VEN"), "2025-01-10")]


def test_the_chancellor_then_held_talks_on_the_day_told_before():
    events = _events("LAGOS, Oct 30, 2023 (Wire) - Olaf Scholz opened a business forum in Lagos on Monday.\n\n"
                     "The German chancellor arrived in Abuja on Sunday afternoon.\n\n"
                     "The chancellor then drove to the presidential villa for talks with President Bola Tinubu.")
    assert [(e.type, e.date.value) for e in events if e.type == "Meeting"] == [("Meeting", "2023-10-29")]


def test_a_later_clause_with_its_own_date_is_not_dated_by_the_fronted_one():
    events = _events("Last month, Kenyan President William Ruto was in Addis Ababa for an African Union meeting, and in May he "
                     "made a state visit to China, where he and President Xi Jinping signed a joint statement.", "2025-08-19")
    assert {(e.type, e.countries, e.date.value) for e in events if "CHN" in e.countries and e.type != "Meeting"} == {
        ("Visit", ("KEN", "CHN"), "2025-05"), ("AgreementSigning", ("CHN", "KEN"), "2025-05")}


def test_who_departed_for_a_four_day_visit_began_it_that_day():
    events = _events("SUVA, June 9, 2025 (FBC News) - Prime Minister Sitiveni Rabuka departed Nadi this morning for a "
                     "four-day official visit to New Zealand.")
    assert _summary(events) == [("Visit", ("FJI", "NZL"), "2025-06-09", False)]


@pytest.mark.parametrize("text, expected", [
    ("ABUJA, July 4, 2025 (NAN) - President Bola Tinubu on Friday departed Abuja for Saint Lucia on a state visit.",
     [("Visit", ("NGA", "LCA"), "2025-07-04")]),
    ("COLOMBO, April 24, 2024 - Iranian President Ebrahim Raisi left Colombo for Tehran on Wednesday evening, "
     "concluding his one-day visit to Sri Lanka.", [("Visit", ("IRN", "LKA"), "2024-04-24")]),
])
def test_who_departed_for_a_country_on_a_visit_visits_it_and_who_left_for_home_does_not(text, expected):
    assert [(e.type, e.countries, e.date.value) for e in _events(text)] == expected


def test_a_summit_the_traveller_will_proceed_to_attend_is_a_plan():
    events = _events("President Bola Tinubu on Friday departed Abuja for Saint Lucia on a state visit, after which he will "
                     "proceed to Rio de Janeiro, Brazil, to attend the 17th BRICS Summit.", "2025-07-04")
    assert [(e.type, e.planned) for e in events if e.type == "Summit"] == [("Summit", True)]


def test_a_city_named_as_a_particular_topic_is_not_where_talks_were_held():
    events = _events("The Emir of Qatar and Iranian President Masoud Pezeshkian held talks on Wednesday, discussing the latest "
                     "developments in the region, particularly in Gaza, Syria and Lebanon.", "2025-02-19")
    assert [(e.type, e.countries, e.city) for e in events] == [("Meeting", ("IRN", "QAT"), None)]


@pytest.mark.parametrize("text", [
    "Canadian Prime Minister Mark Carney also met Mexican business leaders in Mexico City on Wednesday evening.",
    "Indian Prime Minister Narendra Modi met Sudanese opposition leaders in New Delhi on Wednesday.",
])
def test_a_leader_meeting_business_or_opposition_leaders_of_a_country_holds_no_talks_with_it(text):
    assert [e.type for e in _events(text, "2025-09-18") if e.type == "Meeting"] == []


def test_talks_at_state_house_comma_city_tell_the_guests_visit():
    events = _events("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House, Nairobi, on "
                     "Monday evening.", "2025-08-19")
    assert ("Visit", ("ETH", "KEN"), "2025-08-18", False) in _summary(events)


def test_talks_in_another_countrys_city_on_a_working_visit_are_not_hosted_at_the_dateline():
    events = _events("ACCRA, Jan 27, 2025 (GNA) - President John Dramani Mahama has held talks with Burkina Faso's military "
                     "leader, Captain Ibrahim Traoré, in Ouagadougou as part of a working visit to member states of the "
                     "Alliance of Sahel States (AES).")
    assert [(e.type, e.countries, e.host, e.city) for e in events if e.type == "Visit"] == [
        ("Visit", ("GHA", "BFA"), "BFA", "Ouagadougou")]


def test_talks_after_a_lead_dated_by_a_visit_span_take_the_day_the_lead_tells():
    events = _events("JAKARTA, March 10, 2025 (VNA) - To Lam and Indonesian President Prabowo Subianto on Monday agreed to "
                     "upgrade relations, during the Vietnamese leader's official visit to Indonesia from March 9 to 11.\n\n"
                     "Following their talks at the Merdeka Palace, the two leaders witnessed the exchange of cooperation "
                     "documents.")
    assert {(e.type, e.date.value) for e in events} == {
        ("Visit", "2025-03-09"), ("Meeting", "2025-03-10"), ("AgreementSigning", "2025-03-10")}


def test_the_storys_package_is_its_imposers_whatever_country_its_objects_belong_to():
    events = _events("BRUSSELS, July 18, 2025 (Reuters) - The European Union on Friday adopted its 18th package of sanctions "
                     "against Russia over its war in Ukraine.\n\nThe package also lists 105 more vessels of Moscow's shadow "
                     "fleet and, for the first time, targets a Chinese refinery and two Chinese banks.")
    assert {(e.imposers, e.targets) for e in events if e.type == "Sanction"} == {(("EU",), ("RUS",)), (("EU",), ("CHN",))}


@pytest.mark.parametrize("text, visits", [
    ("Vietnamese Prime Minister Pham Minh Chinh received Japanese Ambassador Naoki Ito in Hanoi on Tuesday.", []),
    ("Vietnamese Prime Minister Pham Minh Chinh received the Japanese ambassador in Hanoi on Tuesday.", []),
    ("Russian President Vladimir Putin received U.S. special envoy Steve Witkoff in Moscow on Tuesday.", [("USA", "RUS")]),
    ("Russian President Vladimir Putin received U.S. Secretary of State Marco Rubio in Moscow on Tuesday.", [("USA", "RUS")]),
])
def test_an_ambassador_received_where_he_is_posted_made_no_visit_but_a_special_envoy_did(text, visits):
    assert [e.countries for e in _events(text, "2025-06-12") if e.type == "Visit"] == visits


def test_the_country_of_entities_a_department_is_designating_is_the_target_not_the_storys():
    events = _events("WASHINGTON, June 6, 2025 - The Treasury on Friday sanctioned 30 entities based in Iran.\n\n"
                     "Concurrently, the Department of State is designating four entities in China that have purchased "
                     "Iranian petroleum.")
    assert {e.countries for e in events if e.type == "Sanction"} == {("IRN", "USA"), ("CHN", "USA")}


def test_who_attended_a_past_summit_just_told_attended_that_summit():
    events = _events("The courtship began in July 2023, when the Gulf Cooperation Council held its first summit with the five "
                     "Central Asian states in Jeddah. Kazakhstan's Kassym-Jomart Tokayev and Kyrgyzstan's Sadyr Japarov were "
                     "among the leaders who attended.", "2025-10-14")
    assert [e.date.value for e in events if e.type == "Summit"] == ["2023-07"]


@pytest.mark.parametrize("text, city", [
    ("In a phone call on Tuesday, Turkish President Recep Tayyip Erdogan told Russian President Vladimir Putin that Ankara "
     "was ready to host further talks.", None),
    ("Chinese President Xi Jinping held talks with Peruvian President Dina Boluarte in Lima on Thursday and they then "
     "inaugurated by video link the Chancay port.", "Lima"),
])
def test_a_call_is_held_nowhere_though_a_city_is_named(text, city):
    assert [e.city for e in _events(text, "2025-06-12") if e.type == "Meeting"] == [city]


def test_the_city_right_after_a_long_named_host_is_where_talks_were_held_and_tells_the_visit():
    events = _events("U.S. Secretary of State Marco Rubio met Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin "
                     "Abdulrahman Al Thani in Doha on Tuesday.", "2026-02-10")
    assert ("Visit", ("USA", "QAT"), "2026-02-10", False) in _summary(events)


def test_leaders_a_summit_opened_without_took_no_part():
    events = _events("The BRICS summit in Rio de Janeiro opened on Sunday without Chinese President Xi Jinping and Russian "
                     "President Vladimir Putin, as Indian Prime Minister Narendra Modi and South African President Cyril "
                     "Ramaphosa joined Lula.", "2025-07-07")
    assert [e.countries for e in events if e.type == "Summit"] == [("BRA", "IND", "ZAF")]


def test_an_organisations_summit_the_story_opens_with_is_known_by_its_host_alone():
    events = _events("KUALA LUMPUR, May 26, 2025 (Bernama) - Prime Minister Anwar Ibrahim chaired the 46th ASEAN Summit in "
                     "Kuala Lumpur on Monday.\n\nThe leaders discussed the crisis in Myanmar.\n\nThey also adopted a vision "
                     "for 2045.")
    assert [(e.type, e.countries, e.organization, e.date.value) for e in events] == [
        ("Summit", ("MYS",), "ASEAN", "2025-05-26")]


def test_the_meeting_at_which_they_agreed_to_do_something_was_held_but_talks_agreed_to_are_to_come():
    events = _events("Pakistan and Afghanistan agreed to upgrade their diplomatic ties at a trilateral meeting with China in "
                     "Beijing on Wednesday.", "2025-06-12")
    assert _summary(events) == [("Meeting", ("AFG", "CHN", "PAK"), "2025-06-11", False)]


def test_talks_agreed_to_at_a_summit_are_still_to_come():
    events = _events("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping agreed to hold talks at the BRICS "
                     "summit.", "2025-06-12")
    assert events and all(e.planned for e in events)


def test_a_three_day_visit_which_ended_on_a_day_began_two_days_before():
    events = _events("French President Emmanuel Macron's three-day state visit to Vietnam, which ended on Wednesday, was the "
                     "first by a French president since 2016.", "2025-06-12")
    assert [(e.type, e.date.value) for e in events if e.date and e.date.value.startswith("2025")] == [("Visit", "2025-06-09")]


@pytest.mark.parametrize("text, earlier", [
    ("The visit by Saudi Crown Prince Mohammed bin Salman to Washington was his first since 2018.", ["2018"]),
    ("The visit by Saudi Crown Prince Mohammed bin Salman to Washington was his first since taking office in 2017.", []),
])
def test_a_visit_that_was_the_travellers_first_since_a_year_implies_one_then(text, earlier):
    events = _events(text, "2025-06-12")
    assert [e.date.value for e in events if e.type == "Visit" and e.date.value < "2025"] == earlier


@pytest.mark.parametrize("text", [
    "Russian and Ukrainian delegations met at the Dolmabahce Palace in Istanbul on Friday with Turkish Foreign Minister "
    "Hakan Fidan as host.",
    "Russian and Ukrainian delegations met in Istanbul on Friday in talks hosted by Turkish Foreign Minister Hakan Fidan.",
])
def test_the_host_or_chair_of_two_sides_talks_took_part(text):
    assert [e.countries for e in _events(text, "2025-05-16") if e.type == "Meeting"] == [("RUS", "TUR", "UKR")]


def test_a_courtesy_call_on_a_king_in_his_palace_in_the_capital_tells_the_callers_visit():
    events = _events("Cambodian Prime Minister Hun Manet on Tuesday paid a courtesy call on Thai King Maha Vajiralongkorn at the "
                     "Amphorn Sathan Throne Hall in Bangkok.", "2025-06-12")
    assert ("Visit", ("KHM", "THA"), "2025-06-10", False) in _summary(events)


def test_a_leader_hosting_a_guest_at_his_seat_of_government_tells_the_guests_visit():
    events = _events("Greek Prime Minister Kyriakos Mitsotakis hosted Egyptian President Abdel Fattah al-Sisi for a dinner at "
                     "the Maximos Mansion on Monday.", "2025-06-12")
    assert ("Visit", ("EGY", "GRC"), "2025-06-09", False) in _summary(events)


def test_a_change_of_chair_at_the_start_of_the_summit_is_no_talks_of_the_two():
    events = _events("ADDIS ABABA, Feb 16 - African Union heads of state on Saturday elected a new chairperson of the bloc's "
                     "commission at a summit in the Ethiopian capital. Angola's President Joao Lourenco took over the AU's "
                     "rotating chairmanship from Mauritanian President Mohamed Ould Ghazouani at the start of the two-day meeting.",
                     "2025-02-16")
    assert [e.type for e in events] == ["Summit"]
    assert {"AGO", "MRT"} <= set(events[0].countries)


def test_a_summit_attended_in_the_city_a_traveller_came_from_is_held_there():
    events = _events("HAVANA, Sept 28 - Vietnamese leader To Lam held talks with Cuban President Miguel Diaz-Canel on Saturday. "
                     "To Lam arrived in Havana from New York, where he attended the Summit of the Future at the United Nations.",
                     "2024-09-28")
    summit = next(e for e in events if e.type == "Summit")
    assert (summit.city, "CUB" in summit.countries) == ("New York", False)


def test_every_country_of_a_list_of_imposers_after_by_imposed_its_own_measures():
    events = _events("LONDON, Dec 19 - Britain on Thursday imposed sanctions on five senior Georgian security officials over a "
                     "violent crackdown on protesters in Tbilisi. The measures, which include asset freezes and travel bans, "
                     "follow similar steps by the United States, "
                     "Lithuania, Latvia and Estonia, which barred Georgian officials from entry earlier this month.", "2024-12-19")
    assert sorted(e.imposers for e in events if e.type == "Sanction") == [("EST",), ("GBR",), ("LTU",), ("LVA",), ("USA",)]
    assert {e.targets for e in events if e.type == "Sanction"} == {("GEO",)}


def test_a_country_described_at_the_head_of_a_sentence_is_the_one_named_last():
    events = _events("SOFIA, Jan 1 - Bulgaria adopted the euro at midnight on Thursday, becoming the 21st member of the currency "
                     "bloc. The Balkan country joined the European Union in 2007.", "2026-01-01")
    assert [(e.type, e.countries, e.organization, e.date.value) for e in events][-1] == ("Accession", ("BGR",), "EU", "2007")


def test_what_leaders_agreed_in_their_meeting_tells_the_meeting_held():
    events = _events("Modi and Carney agreed to restore high commissioners in their first meeting since a row over the killing "
                     "of a Sikh separatist in 2023.", "2025-06-17")
    assert [(e.type, e.countries, e.planned) for e in events] == [("Meeting", ("CAN", "IND"), False)]


def test_talks_in_a_where_clause_without_a_comma_are_held_in_its_city():
    events = _events("President Lee Jae-myung arrived in Washington on Sunday, after a two-day stop in Tokyo where he held talks "
                     "with Japanese Prime Minister Shigeru Ishiba.", "2025-08-25")
    assert [(e.countries, e.city) for e in events if e.type == "Meeting"] == [(("JPN", "KOR"), "Tokyo")]


def test_would_after_a_report_is_a_plan_and_after_a_trip_named_as_a_noun_a_hypothesis():
    events = _events("The spokesman said Kenyan President William Ruto would hold talks with Ugandan President Yoweri Museveni "
                     "on Friday.", "2025-03-06")
    assert [(e.type, e.countries, e.planned) for e in events] == [("Meeting", ("KEN", "UGA"), True)]
    assert _events("Analysts said a visit by Putin to Kyiv would change nothing.", "2025-03-06") == []


@pytest.mark.parametrize("lead", ["BRICS foreign ministers opened a two-day meeting in Rio de Janeiro on Monday.",
                                  "Foreign ministers of the BRICS group opened a two-day meeting in Rio de Janeiro on Monday."])
def test_an_organisations_ministers_who_opened_a_meeting_held_its_summit(lead):
    events = _events(f"RIO DE JANEIRO, April 28 - {lead} Russia's Sergei Lavrov, India's Subrahmanyam Jaishankar and China's "
                     "Wang Yi were among those attending. The talks focused on trade.", "2025-04-28")
    assert [(e.type, e.countries, e.organization) for e in events] == [("Summit", ("BRA", "CHN", "IND", "RUS"), "BRICS")]


def test_a_second_subject_with_talks_of_its_own_ends_the_clause_of_the_first():
    events = _events("On the sidelines, Russian Foreign Minister Sergei Lavrov met Brazil's Mauro Vieira and Iran's Abbas "
                     "Araghchi held talks with India's Subrahmanyam Jaishankar.", "2025-04-28")
    assert ("Meeting", ("BRA", "RUS")) in [(e.type, e.countries) for e in events]
    assert not any(e.type == "Meeting" and "RUS" in e.countries and {"IND", "IRN"} & set(e.countries) for e in events)


def test_a_country_that_sent_its_vice_president_to_the_summit_took_part():
    events = _events("CAIRO, March 4 - Arab leaders meeting in Cairo on Tuesday adopted Egypt's plan for Gaza. Egyptian President "
                     "Abdel Fattah al-Sisi opened the summit, which was attended by Jordan's King Abdullah. The United Arab "
                     "Emirates sent its vice president, Sheikh Mansour bin Zayed.", "2025-03-04")
    assert [(e.type, e.countries) for e in events] == [("Summit", ("ARE", "EGY", "JOR"))]


def test_a_tally_of_sanctions_since_an_invasion_is_no_new_measure():
    events = _events("TOKYO, Jan 10 - Japan on Friday announced additional sanctions against Russia, freezing the assets of 11 "
                     "individuals. Japan has imposed sanctions on more than 1,000 individuals and entities since Russia's "
                     "full-scale invasion of Ukraine in February 2022.", "2025-01-10")
    assert [(e.type, e.countries, e.date.value) for e in events] == [("Sanction", ("JPN", "RUS"), "2025-01-10")]


def test_agreements_signed_with_whom_are_the_travellers_and_that_hosts():
    events = _events("In Cairo, Indonesian President Prabowo Subianto met President Abdel Fattah al-Sisi, and in Doha he was "
                     "received by Emir Sheikh Tamim bin Hamad Al Thani, with whom he signed agreements on investment.", "2025-04-15")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("IDN", "QAT")]


def test_a_forum_a_visit_was_made_to_attend_is_of_the_visits_year():
    events = _events("Modi had last visited Russia in 2019 to attend the Eastern Economic Forum in Vladivostok.", "2024-07-09")
    assert [(e.type, e.date.value) for e in events] == [("Visit", "2019"), ("Summit", "2019")]


def test_a_summit_named_as_the_time_of_a_call_in_a_headline_is_no_summit_held():
    events = _events("Lavrov, Rubio talk by phone ahead of Putin-Trump summit\n\nMOSCOW, Aug 13 - Russian Foreign Minister Sergei "
                     "Lavrov and U.S. Secretary of State Marco Rubio spoke by phone on Wednesday.", "2025-08-13")
    assert [e.type for e in events] == ["Meeting"]


def test_countries_that_took_similar_measures_imposed_them_on_the_storys_target():
    events = _events("BRUSSELS, Oct 14 - The European Union on Monday imposed sanctions on seven Iranian individuals over Tehran's "
                     "supply of drones to Russia. Britain, France and Germany took similar measures in September.", "2024-10-14")
    assert sorted((e.imposers, e.targets, e.date.value) for e in events if e.type == "Sanction") == [
        (("DEU",), ("IRN",), "2024-09"), (("EU",), ("IRN",), "2024-10-14"), (("FRA",), ("IRN",), "2024-09"), (("GBR",), ("IRN",), "2024-09")]


def test_a_visit_scheduled_for_a_month_is_a_plan():
    events = _events("NAIROBI, June 20 - Kenyan President William Ruto has called off a planned visit to the United States. "
                     "A visit to Germany scheduled for July will go ahead, his spokesman said.", "2025-06-20")
    assert [(e.type, e.countries, e.planned) for e in events if e.type == "Visit"] == [("Visit", ("KEN", "DEU"), True)]


def test_a_member_that_took_part_in_the_summit_is_among_its_countries():
    events = _events("ARUSHA, Nov 30 - Heads of state of the East African Community on Saturday convened the 24th ordinary summit "
                     "in Arusha, Tanzania, where Kenyan President William Ruto took over the rotating chairmanship. The summit was "
                     "attended by Ugandan President Yoweri Museveni. Somalia, which joined the bloc in March, took part for the "
                     "first time as a full member.", "2024-11-30")
    summit = next(e for e in events if e.type == "Summit")
    assert summit.countries == ("KEN", "SOM", "TZA", "UGA")


def test_a_named_conference_opened_by_leaders_is_a_summit_and_a_conference_centre_is_a_venue():
    events = _events("ROME, July 10 - Italian Prime Minister Giorgia Meloni and Ukrainian President Volodymyr Zelensky opened the "
                     "Ukraine Recovery Conference in Rome on Thursday. German Chancellor Friedrich Merz and Polish Prime Minister "
                     "Donald Tusk attended.", "2025-07-10")
    assert [(e.type, e.countries, e.city) for e in events] == [("Summit", ("DEU", "ITA", "POL", "UKR"), "Rome")]
    assert _events("Italian Prime Minister Giorgia Meloni and Ukrainian President Volodymyr Zelensky spoke to reporters at the "
                   "Mediterranean Conference Centre.", "2025-07-10") == []


def test_a_summit_that_denied_a_country_the_chair_was_held():
    events = _events("KIGALI, June 9 - Rwanda said on Monday it would withdraw from the Economic Community of Central African "
                     "States (ECCAS) after the bloc's summit in Malabo denied it the rotating chairmanship in favour of "
                     "Equatorial Guinea.", "2025-06-09")
    assert [(e.type, e.city) for e in events] == [("Summit", "Malabo")]


def test_countries_that_have_taken_similar_steps_imposed_them():
    events = _events("OTTAWA, June 27 - Canada on Thursday imposed sanctions on seven extremist Israeli settlers. Britain and "
                     "Australia have taken similar steps this year.", "2024-06-27")
    assert sorted(e.imposers for e in events if e.type == "Sanction") == [("AUS",), ("CAN",), ("GBR",)]


def test_a_visitor_who_met_business_leaders_held_no_talks_with_a_state():
    events = _events("BRASILIA, April 22 - Brazilian President Luiz Inacio Lula da Silva received Chilean President Gabriel Boric "
                     "at the Planalto palace on Tuesday. Boric, on his second state visit to Brazil, also met business leaders in "
                     "Sao Paulo on Monday.", "2025-04-22")
    assert [e.date.value for e in events if e.type == "Meeting"] == ["2025-04-22"]


def test_a_leader_who_phoned_the_leaders_of_both_countries_held_a_call_with_each():
    events = _events("PUTRAJAYA, July 28 - Thai Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet held "
                     "talks on Monday. U.S. President Donald Trump had spoken to the leaders of both countries by phone on "
                     "Saturday.", "2025-07-28")
    assert sorted((e.countries, e.date.value) for e in events if e.type == "Meeting") == [
        (("KHM", "THA"), "2025-07-28"), (("KHM", "USA"), "2025-07-26"), (("THA", "USA"), "2025-07-26")]


def test_a_name_set_off_by_commas_does_not_cut_the_plan_off_its_will():
    events = _events("President Cyril Ramaphosa will on Thursday host his Angolan counterpart, President Joao Lourenco, on a "
                     "state visit to South Africa, the Presidency said.", "2024-10-11")
    assert {(e.type, e.planned) for e in events} == {("Visit", True), ("Meeting", True)}


def test_earlier_visits_told_without_a_place_are_the_storys_trip_made_before():
    events = _events("BEIJING, April 11 - Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez, who is on an "
                     "official visit to China, in Beijing on Friday. Sanchez previously visited in March 2023 and September 2024.",
                     "2025-04-11")
    assert sorted((e.guests, e.host, e.date.value) for e in events if e.type == "Visit") == [
        (("ESP",), "CHN", "2023-03"), (("ESP",), "CHN", "2024-09"), (("ESP",), "CHN", "2025-04-11")]


def test_each_of_several_people_met_in_their_own_place_on_their_own_day():
    events = _events("Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in the Kremlin on Friday and "
                     "Ukrainian President Volodymyr Zelensky in Kyiv on Tuesday last week.", "2024-07-08")
    assert sorted((e.countries, e.city, e.date.value) for e in events if e.type == "Meeting") == [
        (("HUN", "RUS"), "Moscow", "2024-07-05"), (("HUN", "UKR"), "Kyiv", "2024-07-02")]


def test_a_trip_made_is_not_dated_by_a_meeting_still_to_come_where_it_went():
    events = _events("JERUSALEM, Feb 6 - Argentine President Javier Milei arrived in Israel on Tuesday. He travelled on to Italy, "
                     "where he is due to meet Prime Minister Giorgia Meloni on Monday.", "2024-02-06")
    trip = next(e for e in events if e.type == "Visit" and e.host == "ITA")
    assert (trip.planned, trip.date.value) == (False, "2024-02-06")


def test_a_second_summit_hosted_by_one_and_attended_by_many_is_a_summit():
    events = _events("The second summit, held in Samarkand in May 2025, was hosted by Uzbek President Shavkat Mirziyoyev and "
                     "attended by Saudi Crown Prince Mohammed bin Salman and the presidents of Kazakhstan, Kyrgyzstan, Tajikistan "
                     "and Turkmenistan.", "2025-09-01")
    assert [(e.type, e.countries) for e in events] == [("Summit", ("KAZ", "KGZ", "SAU", "TJK", "TKM", "UZB"))]


def test_agreements_signed_where_a_traveller_went_are_his_and_that_places():
    events = _events("Kazakh President Kassym-Jomart Tokayev paid a state visit to the UAE in January, and Uzbek President "
                     "Shavkat Mirziyoyev visited Doha in March, where he signed agreements worth $12 billion.", "2025-09-01")
    assert [e.countries for e in events if e.type == "AgreementSigning"] == [("QAT", "UZB")]


def test_an_official_listed_with_a_host_among_those_who_received_a_guest_is_of_the_host():
    # (the story's most named country is the guest's: the Governor-General would be taken for a Nigerian)
    text = ("By Our Correspondent\n\n"
            "President Bola Tinubu on Saturday arrived in Castries, Saint Lucia, for a three-day official visit "
            "at the invitation of Prime Minister Philip J. Pierre.\n\n"
            "The President was received at the Hewanorra International Airport by the Governor-General, Errol "
            "Charles, and Prime Minister Pierre, according to a statement by his spokesman, Bayo Onanuga.\n\n"
            "During the visit, Tinubu will address a special sitting of the Saint Lucian Parliament and will be "
            "conferred with the Freedom of the Quarter of Castries.\n\n"
            "The Nigerian leader will hold bilateral talks with Pierre, after which both countries are expected "
            "to sign several memoranda of understanding on education, culture and air services.\n\n"
            "From Castries, the President will depart for Brasilia, Brazil, to attend the BRICS summit, where he "
            "will join other leaders of partner countries.\n\n"
            "Nigeria became a BRICS partner country in January.")
    visits = [(e.host, e.guests) for e in _events(text) if e.type == "Visit"]
    assert visits == [("LCA", ("NGA",))]


def test_joining_this_year_is_dated_by_the_year():
    events = _events("The meeting on Friday was attended by Bolivian President Luis Arce, whose country became a full member of "
                     "Mercosur this year.", "2024-12-06")
    assert [(e.type, e.date.value) for e in events] == [("Accession", "2024")]


def test_the_time_of_an_agreement_in_force_does_not_date_the_talks_about_it():
    events = _events("ABU DHABI, 13th July, 2025 (WAM) -- Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received "
                     "Prabowo Subianto, President of the Republic of Indonesia.\n\nDuring the meeting, held at Qasr Al Watan in "
                     "Abu Dhabi, the two leaders discussed ways to advance their Comprehensive Economic Partnership Agreement "
                     "(CEPA), which entered into force in 2023.")
    assert {e.date.value for e in events if e.type == "Meeting"} == {"2025-07-13"}


def test_a_title_case_headlines_verb_is_no_part_of_a_name():
    events = _events("President Prabowo, President Boluarte Agree to Speed Up Indonesia-Peru CEPA Talks\n\n"
                     "Lima, Peru - President Prabowo Subianto held a bilateral meeting with President Dina Boluarte on Friday.",
                     "2024-11-15")
    assert [e.persons for e in events if e.type == "Meeting"] == [("Prabowo Subianto", "Dina Boluarte")]
    doc = Document("President Prabowo, President Boluarte Agree to Speed Up Indonesia-Peru CEPA Talks", "t.txt", "t.txt")
    assert "Boluarte Agree" not in extract_document(doc).mentions.persons



def test_a_meeting_ahead_of_which_one_speaks_is_to_come():
    events = _events("Ahead of his meeting with Modi, Starmer told reporters that a trade deal was close.", "2025-03-12")
    assert [(e.type, e.planned) for e in events] == [("Meeting", True)]


def test_what_was_done_in_which_a_visit_was_made_is_not_dated_by_the_departure():
    events = _events("SANTIAGO - Brazilian President Luiz Inacio Lula da Silva left Santiago on Tuesday afternoon after a state "
                     "visit to Chile in which the two governments signed 19 agreements.", "2024-08-06")
    # (the story's day stands in, as a guess a stated day of the signing outweighs)
    assert [e.explicit_date for e in events if e.type == "AgreementSigning"] == [False]


def test_a_city_that_stands_for_its_government_is_no_venue():
    events = _events("Zelensky met Trump at the White House on Monday as Europeans rallied behind Kyiv.", "2025-08-18")
    assert [e.city for e in events if e.type == "Meeting"] == [None]


def test_a_package_that_lists_companies_of_countries_targets_those_countries():
    events = _events("European Union countries on Tuesday formally adopted a 17th package of sanctions against Russia over its war "
                     "in Ukraine.\n\nThe package also lists dozens of companies in China, Turkey and the United Arab Emirates "
                     "accused of helping Russia circumvent Western sanctions.", "2025-05-20")
    assert [(e.imposers, e.targets) for e in events if e.type == "Sanction"] == [
        (("EU",), ("RUS",)), (("EU",), ("CHN",)), (("EU",), ("TUR",)), (("EU",), ("ARE",))]


def test_talks_told_in_the_datelines_sentence_are_held_in_its_city():
    events = _events("NAIROBI, March 11 (Xinhua) -- Kenyan President William Ruto on Tuesday held talks with Ethiopian Prime "
                     "Minister Abiy Ahmed.", "2025-03-11")
    assert [(e.type, e.city) for e in events] == [("Meeting", "Nairobi")]


def test_a_trip_told_with_a_time_still_to_come_is_planned():
    events = _events("Xi embarks on a state visit to Kazakhstan and Tajikistan next week.", "2025-06-12")
    assert [(e.type, e.countries, e.planned) for e in events] == [("Visit", ("CHN", "KAZ"), True), ("Visit", ("CHN", "TJK"), True)]
    events = _events("On Wednesday evening in Tashkent, Foreign Ministers Murat Nurtleu of Kazakhstan and Bakhtiyor Saidov of "
                     "Uzbekistan held consultations on preparations for next year's consultative meeting.", "2024-08-22")
    assert [(e.type, e.planned) for e in events] == [("Meeting", False)]


def test_a_planned_meeting_that_did_not_take_place_is_no_plan():
    for text in ("A planned meeting between Putin and Zelensky did not take place.",
                 "A planned visit by the Bhutanese Prime Minister to Dhaka in December was postponed."):
        assert _events(text, "2025-06-12") == []
