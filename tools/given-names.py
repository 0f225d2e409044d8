#!/usr/bin/env python3
"""Development-time extraction of the given-name lists used by se.samverkan.team.Anonymisation.

Nothing here runs with the application: the output files are committed under
src/main/resources/se/samverkan/team/. Re-run after fetching the packages with their ordinary clients:

  mvn dependency:get -Dartifact=com.devskiller:jfairy:0.6.5 -Dtransitive=false
  mvn dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false
  npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz        (-> package/)
  apt-get download hunspell-sv hunspell-tools && dpkg-deb -x ... (sv_SE.dic/.aff, unmunch)
  unmunch sv_SE.dic sv_SE.aff > sv_SE.forms

  python3 tools/given-names.py JFAIRY_JAR DATAFAKER_JAR FAKER_PACKAGE_DIR SV_SE_FORMS OUTPUT_DIR
"""
import glob
import re
import sys
import zipfile

import yaml

jfairy_jar, datafaker_jar, faker_dir, forms_file, out_dir = sys.argv[1:6]


def parts(names):
    """Single names: 'Ann-Marie' and 'Lars Erik' are matched word by word, so keep their parts."""
    return {p for n in names for p in re.split(r"[ \-]", n) if p}


jfairy = yaml.safe_load(zipfile.ZipFile(jfairy_jar).read("jfairy_sv.yml"))
jfairy_names = parts(jfairy["firstNames"]["male"] + jfairy["firstNames"]["female"])

datafaker_names = set()


def collect(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("male_first_name", "female_first_name"):
                datafaker_names.update(value)
            else:
                collect(value)


collect(yaml.safe_load(zipfile.ZipFile(datafaker_jar).read("sv.yml")))
datafaker_names = parts(datafaker_names)

faker_js = open(glob.glob(faker_dir + "/dist/sv-*.js")[0], encoding="utf-8").read()
first_names = re.search(r"first_name:\{(.*?)\}", faker_js).group(1)
faker_names = parts(n for chunk in re.findall(r"`([^`]*)`", first_names) for n in chunk.split("."))

# Lower-case word forms of the Swedish spelling dictionary (stems and inflections, no compounds).
words = {w.strip() for w in open(forms_file, encoding="utf-8") if w[:1].islower()}
capitalised_in_dictionary = {w.strip() for w in open(forms_file, encoding="utf-8") if w[:1].isupper()}

# The project's earlier hand-written list (about 160 names) is kept whole; of it only these were
# missing from the packages above.
EARLIER_LIST_ONLY = {"Amir"}

# jfairy pads the rare initials Å and Ä with invented or ordinary words (Ål, Ån, Ärlig, Älgen): keep
# those only when another source or the dictionary's proper nouns also know them.
attested = datafaker_names | faker_names | capitalised_in_dictionary
names = set(EARLIER_LIST_ONLY)
for source in (jfairy_names, datafaker_names, faker_names):
    for name in source:
        if re.search(r"(dotter|son)$", name) or len(name) < 2 or name == "Ul":
            continue  # patronymics are surnames; "Ul" is a fragment of "Ul Haq"
        if source is jfairy_names and name[0] in "ÅÄ" and name not in attested:
            continue
        names.add(name)

# Names (and name genitives) that are also ordinary Swedish words AND can open a sentence in what
# staff write. Candidates come from the dictionary; this hand-reviewed selection keeps only those
# whose ordinary sense is common at the start of a sentence (pronoun, preposition, adverb, month,
# common verb or noun). The rest (Ann, Lena, Ebba, Klara, Mats, Stig, Rut, ...) are always names.
SENTENCE_OPENERS = {
    "Bo", "Bror", "Dag", "Dags", "De", "Del", "Finns", "Hans", "Idas", "Inga", "Juni", "Kalla", "Lucia",
    "Maj", "Max", "Mys", "Odds", "Per", "Tages", "Ur", "Ute", "Valborg", "Vilja",
}
candidates = {n for n in names if n.lower() in words} | {
    n + "s" for n in names if (n + "s").lower() in words}
unknown = SENTENCE_OPENERS - candidates
assert not unknown, f"not a dictionary word, or not a name: {unknown}"

NAMES_HEADER = f"""\
# Common Swedish given names, one a line, matched as written (capitalised). {len(names)} names.
#
# Source: NOT the raw name statistics of Statistics Sweden (SCB): no package in the registries we
# can reach ships those. The names were extracted at development time (tools/given-names.py) from
# the Swedish locale data of three maintained test-data packages and the earlier list:
#   - jfairy 0.6.5 (Maven Central com.devskiller:jfairy, Apache License 2.0), jfairy_sv.yml
#     firstNames.male/female, about 1,600 names. Within each initial they are ordered like SCB's
#     statistics of given names (most common first), but the package does not name its source.
#     Its padding of the rare initials Å and Ä with invented or ordinary words was left out unless
#     another source below knows the name.
#   - datafaker 2.7.0 (Maven Central net.datafaker:datafaker, Apache License 2.0), sv.yml
#     male_first_name/female_first_name.
#   - @faker-js/faker 10.6.0 (npm, MIT License), locale sv, person.first_name.
#   - the earlier hand-written list in Anonymisation.java (about 160 names), of which only
#     {", ".join(sorted(EARLIER_LIST_ONLY))} was missing from the packages.
# Double names (Ann-Marie, Lars Erik) are split into their parts, since the text is checked word
# by word; patronymics (-dotter, -son) are left out as surnames.
# Names that are also ordinary words that open sentences are in given-names-also-words.txt.
"""
WORDS_HEADER = """\
# Given names (or their genitive) that are also ordinary Swedish words which often open a sentence
# in what staff write ("Hans mamma", "Max två träffar", "Juni passar", "Inga insatser", "De har").
# At the start of a sentence such a word is taken as the ordinary word (Hans, Per and Bo stay names
# there when a verb or a comma follows: "Hans har", "Per, 19 år"); elsewhere, capitalised, it is a
# name ("Vi träffade Hans igår"), except Maj, Juni, Lucia and Valborg after a time word or a number.
#
# Candidates: names from given-names.txt whose lower-case form is a word form of the Swedish
# spelling dictionary hunspell-sv 1:7.5.0 (Debian; sv_SE by Göran Andersson, LGPL-3.0), expanded
# with hunspell's unmunch.
# Reviewed by hand: kept only words common at the start of a sentence (tools/given-names.py).
"""
with open(f"{out_dir}/given-names.txt", "w", encoding="utf-8") as out:
    out.write(NAMES_HEADER)
    out.write("\n".join(sorted(names)) + "\n")
with open(f"{out_dir}/given-names-also-words.txt", "w", encoding="utf-8") as out:
    out.write(WORDS_HEADER)
    out.write("\n".join(sorted(SENTENCE_OPENERS)) + "\n")
print(len(names), "names;", len(candidates), "also words in the dictionary;", len(SENTENCE_OPENERS), "kept")
