"""Names the registry does not spell but statements use: descriptive references and place names.

Each entry maps a phrase to the registry ids it stands for. They are names,
not rules: what the instrument is and what it requires comes from the registry.
"""

from __future__ import annotations

# Descriptive references found in official statements.
DESCRIPTIVE: dict[str, tuple[str, ...]] = {
    "Treaty on the Limitation of Anti-Ballistic Missile Systems": ("abm",),
    "Anti-Ballistic Missile Treaty": ("abm",),
    "1972 ABM Treaty": ("abm",),
    "package of ABM agreements": ("abm-demarcation-1997", "abm-succession-1997"),
    "1997 package of ABM agreements": ("abm-demarcation-1997", "abm-succession-1997"),
    "package of the New York 1997 understandings": ("abm-demarcation-1997", "abm-succession-1997"),
    "New York 1997 understandings": ("abm-demarcation-1997", "abm-succession-1997"),
    "Treaty on Strategic Offensive Reductions": ("sort",),
    "Strategic Offensive Reductions Treaty": ("sort",),
    "Treaty on the Further Reduction and Limitation of Strategic Offensive Arms": ("start-ii",),
    "Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms": ("new-start",),
    "Treaty on the Non-Proliferation of Nuclear Weapons": ("npt",),
    "Nuclear Non Proliferation Treaty": ("npt",),
    "Comprehensive Nuclear Test Ban Treaty": ("ctbt",),
    "Comprehensive Nuclear-Test-Ban Treaty": ("ctbt",),
    "Intermediate-Range Nuclear Forces Treaty": ("inf",),
    # how news reports describe the TPNW ("the UN treaty banning nuclear weapons"; not "... weapons tests", the PTBT:
    # names._longer_phrase)
    "treaty banning nuclear weapons": ("tpnw",),
    "treaty prohibiting nuclear weapons": ("tpnw",),
    "START-III Treaty": ("helsinki-framework",),
    "START III Treaty": ("helsinki-framework",),
    "Start II": ("start-ii",),
    "Start I": ("start-i",),
    "Start III": ("helsinki-framework",),
    "START-2": ("start-ii",),
    "START-1": ("start-i",),
}

# Names two instruments share: the one that existed on the statement's date is meant
# (before the CTBT opened for signature, "the Nuclear Test Ban Treaty" is the 1963 treaty).
SHARED_NAMES: dict[str, tuple[str, ...]] = {
    "Nuclear Test Ban Treaty": ("ptbt", "ctbt"),
    "Test Ban Treaty": ("ptbt", "ctbt"),
    "Nuclear Test Ban": ("ptbt", "ctbt"),
}

# Acronyms that name an instrument only when used as a name, not as a modifier
# ("ABM systems", "INF missiles"): the next word decides.
MODIFIER_NEXT_WORDS = {
    "system",
    "systems",
    "issues",
    "issue",
    "defence",
    "defense",
    "defenses",
    "defences",
    "interceptors",
    "missiles",
    "missile",
    "forces",
    "range",
    "radar",
    "radars",
    "components",
    "capabilities",
    "deployment",
    "deployments",
    "sites",
    "site",
    "talks",
    "negotiations",
}
GENERIC_ACRONYMS = {"ABM", "INF", "START"}

# Place names people write that ISO and the party list do not spell that way.
STATE_NAMES: dict[str, str] = {
    "Russia": "RUS",
    "Russian Federation": "RUS",
    "the Russian Federation": "RUS",
    "United States": "USA",
    "United States of America": "USA",
    "U.S.": "USA",
    "U.S.A.": "USA",
    "US": "USA",
    "USA": "USA",
    "America": "USA",
    "Soviet Union": "SUN",
    "USSR": "SUN",
    "Union of Soviet Socialist Republics": "SUN",
    "United Kingdom": "GBR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "UK": "GBR",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "France": "FRA",
    "French Republic": "FRA",
    "China": "CHN",
    "People's Republic of China": "CHN",
    "North Korea": "PRK",
    "DPRK": "PRK",
    "Democratic People's Republic of Korea": "PRK",
    "South Korea": "KOR",
    "Republic of Korea": "KOR",
    "Iran": "IRN",
    "Syria": "SYR",
    "Kazakstan": "KAZ",
    "Kazakhstan": "KAZ",
    "Belarus": "BLR",
    "Ukraine": "UKR",
    "India": "IND",
    "Pakistan": "PAK",
    "Israel": "ISR",
    "Egypt": "EGY",
    # Former and transliterated names that pycountry does not hold.
    "Byelorussia": "BLR",
    "Byelarus": "BLR",
    "Belorussia": "BLR",
    "Byelorussian SSR": "BLR",
    "Swaziland": "SWZ",
    "Libyan Arab Jamahiriya": "LBY",  # the United Nations' name for Libya until 2011
    "Turkey": "TUR",  # the United Nations' name until 2022; ISO 3166 now gives "Türkiye"
    # the state proclaimed on 27 April 1992, later Serbia and Montenegro (the data's HISTORICAL["SCG"], after the
    # United Nations Treaty Collection's historical information)
    "Federal Republic of Yugoslavia": "SCG",
    "Western Samoa": "WSM",  # Samoa's name until 1997
    "Brunei": "BRN",  # ISO 3166 gives "Brunei Darussalam"
    # the state's own spelling, as the United Nations write it; ISO 3166 leaves it plain
    "São Tomé and Príncipe": "STP",
    # former names of states that go on under the same code, as lists of the 1960s-1990s write them
    "Burma": "MMR",
    "Ceylon": "LKA",
    "Upper Volta": "BFA",
    "Dahomey": "BEN",
    "Rumania": "ROU",
    "Roumania": "ROU",
    "Malagasy Republic": "MDG",
    "United Arab Republic": "EGY",  # Egypt's name from 1958 to 1971
    "Congo (Kinshasa)": "COD",
    "Democratic Republic of Congo": "COD",  # as many texts write it, without "the" before "Congo"
    "Congo (Brazzaville)": "COG",
    "Republic of Congo": "COG",  # as many texts write it, without "the" before "Congo"
    "Zaire": "COD",
    "Kampuchea": "KHM",
    "Argentine": "ARG",
    "Argentine Republic": "ARG",
    "Germany: Federal Republic": "DEU",  # the Foreign Office's lists of the 1960s
    # the United Nations' and the depositaries' short name (ISO 3166 gives "Holy See (Vatican City State)")
    "Holy See": "VAT",
    # names as the lists of the 1960s write them ("Union of the Soviet Socialist Republics", "Somali", "Central
    # Africa Republic" in a written answer of 1968); Yugoslavia before its dissolution in 1992 (the data's "YUG")
    "Union of the Soviet Socialist Republics": "SUN",
    "Somali Republic": "SOM",
    "Somali": "SOM",
    "Central Africa Republic": "CAF",
    "Yugoslavia": "YUG",
    # the Netherlands by its old name for it, as translations from Spanish write it ("Holanda": OPANAL's memoranda)
    "Holland": "NLD",
}
# Codes pycountry lists that are no state (a continent under a treaty of its own).
NOT_STATES = frozenset({"ATA"})

# A state's adjective before one of its institutions names the state as the actor of a claim
# ("the Belarusian parliament approves the ratification"); before any noun it names the state as a place of the text.
DEMONYMS: dict[str, str] = {
    "Russian": "RUS",
    "American": "USA",
    "U.S.": "USA",
    "US": "USA",
    "Soviet": "SUN",
    "Belarusian": "BLR",
    "Byelorussian": "BLR",
    "Kazakhstani": "KAZ",
    "Kazakh": "KAZ",
    "Ukrainian": "UKR",
    "Chinese": "CHN",
    "British": "GBR",
    "French": "FRA",
    "Cuban": "CUB",
    "Algerian": "DZA",
    "Indian": "IND",
    "Pakistani": "PAK",
    "Iranian": "IRN",
    "Israeli": "ISR",
    "North Korean": "PRK",
    "South Korean": "KOR",
    "Japanese": "JPN",
    "German": "DEU",
    "Mongolian": "MNG",
    "Kyrgyz": "KGZ",
    "Egyptian": "EGY",
    "Finnish": "FIN",
    "Turkish": "TUR",
    "Australian": "AUS",
    "Indonesian": "IDN",
    # (not the adjectives that also name a language, "Spanish", "Portuguese", "Dutch", "Greek": "the Spanish text")
    "Brazilian": "BRA",
    "Swiss": "CHE",
    "Mexican": "MEX",
    "Argentine": "ARG",
    "Argentinian": "ARG",
    "Chilean": "CHL",
    "Austrian": "AUT",
    "Irish": "IRL",
    "Nigerian": "NGA",
    "South African": "ZAF",
    "Canadian": "CAN",
    "Italian": "ITA",
    "Swedish": "SWE",
    "Norwegian": "NOR",
    "Ghanaian": "GHA",
    "Kenyan": "KEN",
    "Thai": "THA",
    "Vietnamese": "VNM",
    "Malaysian": "MYS",
    "Philippine": "PHL",
    "Saudi": "SAU",
    "Syrian": "SYR",
    "Iraqi": "IRQ",
    "Libyan": "LBY",
    "Turkmen": "TKM",
    "Tajik": "TJK",
    "Uzbek": "UZB",
    "Polish": "POL",
    "Czech": "CZE",
    "Hungarian": "HUN",
    "Romanian": "ROU",
    "Belgian": "BEL",
    "Danish": "DNK",
    "New Zealand": "NZL",
}
# A capital standing for its government as the subject of an act ("Pyongyang withdrew from the treaty"): for claims
# only,
# never a place of the text (a treaty signed in Moscow is not about Russia). Moscow speaks for the Soviet Union before
# 1992.
CAPITALS: dict[str, str] = {
    "Washington": "USA",
    "Moscow": "RUS",
    "Beijing": "CHN",
    "Peking": "CHN",
    "Pyongyang": "PRK",
    "Seoul": "KOR",
    "London": "GBR",
    "Paris": "FRA",
    "Tehran": "IRN",
    "New Delhi": "IND",
    "Delhi": "IND",
    "Islamabad": "PAK",
    "Kyiv": "UKR",
    "Kiev": "UKR",
    "Minsk": "BLR",
    "Tokyo": "JPN",
    "Havana": "CUB",
}
# The offices a leader is named with ("President Nixon", "General Secretary Brezhnev")
PAIR_OF_PARTIES = r"(?-i:[A-Z])[\w.]*-(?-i:[A-Z])[\w.]*"
"""Two parties joined by a hyphen before a treaty's words ("a historic U.S.-Russia treaty", "the second U.S.-Russian
Strategic Arms Reduction Treaty"), one pattern for the descriptions and the series' members."""
LEADER_OFFICES = r"President|General\s+Secretary|Prime\s+Minister|Premier|Chairman|Chancellor"
LEGISLATURES = (
    r"(?:State\s+Duma|Duma|Senate|Rada|[Pp]arliament|legislature|Congress|Federation\s+Council|Supreme\s+Soviet"
    # (other states' legislatures: "the Japanese Diet's approval for ratification"; "Diet" only with its capital)
    r"|National\s+Assembly|(?-i:Diet)|Bundestag|Majlis|Knesset|Sejm)"
)
"""The names of legislatures, one pattern for every rule that asks whether a text speaks of one (a state's
institutions, a legislature named near a claim, a legislature's own act)."""
INSTITUTIONS = (
    rf"(?:{LEGISLATURES}|Government|government|Embassy|side|Side"
    r"|Foreign\s+Ministry|Foreign\s+Minister|Minister|Prime\s+Minister|Premier|General\s+Secretary|Chairman|leader"
    r"|Secretary\s+of\s+State|Ambassador|President"
    # ("signed in 2010 by then-Russian president Dmitry Medvedev and his US counterpart Barack Obama")
    r"|president|prime\s+minister|foreign\s+minister|counterpart)"
)

# Zones: a region named near "nuclear-weapon-free zone" (or "zone free of ... weapons", "denuclearization
# of", "nuclear-weapon-free status"), with the registry's instrument for the zone in that region, in force or
# proposed. A region with no instrument in the data is a proposed zone the data does not hold.
ZONES_IN_DATA: dict[str, str] = {
    "Latin America": "tlatelolco",
    "Latin American": "tlatelolco",
    "Caribbean": "tlatelolco",
    "South Pacific": "rarotonga",
    "Southeast Asia": "bangkok",
    "South-East Asia": "bangkok",
    "South East Asia": "bangkok",
    "Africa": "pelindaba",
    "African": "pelindaba",
    "Central Asia": "semipalatinsk",
    "Central Asian": "semipalatinsk",
    "Mongolia": "mongolia-nwfs",
    "Mongolian": "mongolia-nwfs",
    "Middle East": "middle-east-zone",
    "South Asia": "south-asia-zone",
    "South Asian": "south-asia-zone",
    "Korean Peninsula": "korea-denuclearization-1992",
    "Korean peninsula": "korea-denuclearization-1992",
    "Central and Eastern Europe": "cee-zone",
    "Central Europe": "cee-zone",
    "Central and East Europe": "cee-zone",
    "Eastern Europe": "cee-zone",
}
PROPOSED_ZONES = ("Northeast Asia", "North-East Asia", "Arctic", "Europe", "Nordic", "Baltic")
