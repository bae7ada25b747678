#!/usr/bin/env python3
"""Writes a deterministic corpus of fictional States' tagged legislation for `make bench`.

Usage: generate-corpus.py CATALOGUE_JSON OUT_DIR [--states N] [--megabytes-per-state M]

CATALOGUE_JSON is `palermo catalog list --format json`. The same arguments always give the same
bytes (fixed seed), so figures from different runs compare like with like.
"""
import argparse, json, os, random

WORDS = ("person offence court authority order property proceeds group member State Party request "
         "evidence officer minister licence record firearm migrant victim witness protection measure "
         "section subsection paragraph purpose benefit conduct knowledge intent penalty imprisonment "
         "term years fine confiscation seizure freezing transfer assistance cooperation information").split()


def sentence(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("catalogue")
    parser.add_argument("out")
    parser.add_argument("--states", type=int, default=20)
    parser.add_argument("--megabytes-per-state", type=float, default=0.5)
    args = parser.parse_args()
    obligations = json.load(open(args.catalogue))["obligations"]
    rng = random.Random(20001115)  # the Convention's adoption date
    families = ["common-law", "civil-law", "mixed"]
    for n in range(args.states):
        code = "".join(chr(65 + (n // 26 ** k) % 26) for k in (2, 1, 0))
        folder = os.path.join(args.out, f"State{n:03d}")
        os.makedirs(os.path.join(folder, "legislation"), exist_ok=True)
        with open(os.path.join(folder, "state.yaml"), "w") as f:
            f.write(f"name: Fictional State {n}\ncode: {code}\nlegal-family: {families[n % 3]}\ninstruments:\n")
            for instrument in ("UNTOC", "TIP", "SOM", "FP"):
                status = "party" if rng.random() < 0.85 else "signatory"
                f.write(f"  {instrument}: {{status: {status}, date: 2005-01-01}}\n")
        budget = int(args.megabytes_per_state * 1024 * 1024)
        act, written = 0, 0
        while written < budget:
            act += 1
            lines = [f"---\nkind: legislation\nstate: {code}\ntitle: Act {act} of State {n}\n"
                     f"citation: Act No. {act} of 2010\nin-force: 2010-01-01\n---\n\n# Act {act}\n"]
            for section in range(1, 60):
                ob = rng.choice(obligations)
                elements = [e["id"] for e in ob["elements"]]
                claim = ob["id"]
                if elements and rng.random() < 0.6:
                    chosen = sorted(rng.sample(elements, rng.randint(1, len(elements))), key=elements.index)
                    claim += "[" + ",".join(chosen) + "]"
                extra = f" max-penalty={rng.randint(1, 20)}y" if ob["theme"] == "criminalization" else ""
                lines.append(f"\n### Section {section}. {sentence(rng, 4)[:-1]}\n"
                             f"<!-- @provision a{act}.s{section} citation=\"Act {act} s. {section}\" implements={claim}{extra} -->\n")
                for sub in range(1, rng.randint(2, 6)):
                    lines.append(f"\n({sub}) " + " ".join(sentence(rng, rng.randint(8, 24)) for _ in range(rng.randint(2, 5))) + "\n")
            text = "".join(lines)
            with open(os.path.join(folder, "legislation", f"act-{act:03d}.md"), "w") as f:
                f.write(text)
            written += len(text.encode())


if __name__ == "__main__":
    main()
