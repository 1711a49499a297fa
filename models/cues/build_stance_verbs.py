# source: generates stance_verbs.tsv from Verb∋Net (Danlos, Pradet, de Chalendar et al., LREC 2014; CC BY-SA 4.0) as shipped by the verbenet package
"""Writes `stance_verbs.tsv`: the French verbs by which the press reports a position, with their frames.

Source: the classes of Verb∋Net, the French VerbNet (the `verbenet` package,
CC BY-SA 4.0), whose agent is a person or an organisation and whose content
is a position taken: judging (VerbNet 33: condamner, saluer, fustiger…),
questioning (37.1.3), warning (37.2), complaining (37.8), confessing
(37.10), holding forth (37.11), promising (37.13), being moved by (31.3:
s'inquiéter de, se réjouir de), fearing (31.2-2), urging and begging (58,
60.2). The wider classes of communication (37.1.1, 37.3, 78) and of belief
and estimation (29.5, 34.2, 77) were tried and left out: on the blind check
their verbs (`exposer`, `démontrer`, `espérer que`) cost more precision than
they gave recall, and `verbs.tsv` already holds their common members.
Each member gets the frames its class and the classes above it give, read
from Verb∋Net's syntactic frames:

    Qu P (que-clause)  → Q      de/à V-inf, V-inf  → I
    NP object          → O      (only in the classes whose object is what is judged or said)
    PP.topic / .theme / .stimulus (de, sur, contre, pour, devant …), de ce Qu P → T
    every class here also takes the incise (P) and the colon (C)

Members whose press sense is an act, not a statement (`commander un repas`,
`accorder un délai`, `permettre de`), are left out (EXCLUDED). Run once, from
the repository root, where the optional `data` extra is installed:

    python models/cues/build_stance_verbs.py

Nothing reads `verbenet` at run time: the generated file is committed, and
`cues.load_lexicon` adds its frames to those of `verbs.tsv`.
"""

from __future__ import annotations

import re
from pathlib import Path

import verbenet

# class id → whether its NP object is the content (what is said, judged or feared)
CLASSES = {
    "judgment-33": True, "interrogate-37.1.3": False, "tell-37.2": False, "complain-37.8": False,
    "confess-37.10": False, "lecture-37.11": False, "promise-37.13": False, "marvel-31.3": False,
    "admire-31.2-2": True, "urge-58.1": False, "beg-58.2": False, "order-60.2": False,
}
# Verbs of feeling (being moved, fearing): with `que` or an infinitive they report a state of mind more often
# than a position stated (`se réjouit de partir`), so only their stance on a noun (`s'inquiète de X`), their object
# and their incise count.
ATTITUDES = frozenset({"marvel", "admire"})
# Members whose press sense is an act, a perception or a feeling rather than a position stated.
EXCLUDED = frozenset({
    "absoudre", "accabler", "affliger", "amuser", "attaquer", "bafouer", "bander", "baver", "bondir",
    "bouillonner", "broder", "bénir", "châtier", "corriger", "célébrer", "divertir", "délecter", "délirer",
    "déraisonner", "enchanter", "engager", "exalter", "extasier", "fatiguer", "frissonner", "fêter", "glorifier",
    "gracier", "gronder", "halluciner", "honorer", "innocenter", "instruire", "interviewer", "lasser", "louer",
    "malmener", "maltraiter", "morfondre", "narguer", "pardonner", "parodier", "pavoiser", "payer", "plancher",
    "pleurer", "pousser", "presser", "préoccuper", "punir", "pâmer", "pâtir", "pénaliser", "rembourser",
    "requérir", "récompenser", "réprimer", "rêver", "saigner", "saliver", "sanctifier", "sanctionner", "satiriser",
    "souffrir", "tourmenter", "tracasser", "vibrer", "ébahir", "ébaubir", "étendre",
})
OUTPUT = Path(__file__).with_name("stance_verbs.tsv")


def frames_of(primary: str, object_is_content: bool) -> set[str]:
    """Our frames for one Verb∋Net frame (its `primary` description)."""
    frames = set()
    if "Qu" in primary:
        frames.add("Q")
    if "V-inf" in primary:
        frames.add("I")
    if object_is_content and re.match(r"NP V (PP\.recipient )?NP", primary):
        frames.add("O")
    if re.search(r"PP\.(topic|theme|stimulus)|de ce Qu", primary, re.IGNORECASE):
        frames.add("T")
    return frames


def lemma_of(member: str) -> str:
    """`plaindre se` → `plaindre`: the lemma the tagger gives a reflexive verb."""
    return member.split()[0]


def walk(cls: dict, inherited: set[str], object_is_content: bool, found: dict[str, set[str]]) -> None:
    frames = inherited | {f for frame in cls["frames"] for f in frames_of(frame["primary"], object_is_content)}
    if cls["id"].split("-")[0] in ATTITUDES:
        frames -= {"Q", "I"}
    for member in cls["members"]:
        lemma = lemma_of(member)
        if lemma not in EXCLUDED:
            found.setdefault(lemma, set()).update(frames | {"P", "C"})
    for sub in cls["subclasses"]:
        walk(sub, frames, object_is_content, found)


def main() -> None:
    found: dict[str, set[str]] = {}
    for top in verbenet.load():
        for cls in verbenet.walk(top):
            if cls["id"] in CLASSES:
                walk(cls, set(), CLASSES[cls["id"]], found)
    lines = [f"# source: generated by build_stance_verbs.py from Verb∋Net {verbenet.__version__} (CC BY-SA 4.0): "
             "the verbs of communication, judging, rejecting, fearing, believing, estimating, urging and ordering "
             "of its classes, with the frames their syntactic frames give; do not edit by hand.",
             "# columns: lemma <TAB> frames (as in verbs.tsv; T = a prepositional complement: "
             "\"s'inquiète de X\", \"plaide pour X\", \"s'interroge sur X\")"]
    order = "QIOTCP"
    for lemma in sorted(found):
        lines.append(f"{lemma}\t{''.join(sorted(found[lemma], key=order.index))}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
