#!/usr/bin/env python3
"""Write a synthetic organisation's OKRs twice: as an okrportal source folder
(see docs/content.md) and as an equivalent Hugo site, for side-by-side build timing.

    bench/synth.py --objectives 10000 --out /dev/shm/big
    -> big/okrportal (okrportal build -s ...), big/hugo (hugo -s ...)

Deterministic for a given --seed. Shape: one root team, a tree of teams with
four objectives per team per period, two periods (2026-Q3 closed, 2026-Q4
current), three or four key results per objective with weekly check-ins, each
team objective aligned to a key result of its parent team's objective, three
paragraphs of body text per objective (as in public SSG build benchmarks).
"""
import argparse, datetime, os, random

WORDS = ("align deliver customer platform revenue reliability latency growth "
         "onboarding quality hiring retention churn pipeline adoption security "
         "release cycle margin support region partner launch migrate reduce "
         "increase automate simplify measure improve expand focus").split()
PERIODS = [("2026-Q3", "2026-07-01", "2026-09-30"), ("2026-Q4", "2026-10-01", "2026-12-31")]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def paragraphs(rng):
    return "\n\n".join(". ".join(sentence(rng, rng.randint(8, 14)) for _ in range(4)) + "." for _ in range(3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--objectives", type=int, default=1000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    per_team = 4 * len(PERIODS)
    nteams = max(1, a.objectives // per_team)
    src, hugo = os.path.join(a.out, "okrportal"), os.path.join(a.out, "hugo")

    def write(path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    write(f"{src}/portal.yaml", "title: Synthetic OKRs\norganisation: Synthetic Corp\ncurrent_period: 2026-Q4\n")
    write(f"{src}/strategy.md", "---\nmission: Make synthetic things.\nvision: Everything measured.\n---\n" + paragraphs(rng) + "\n")
    priorities = [f"priority-{i}" for i in range(1, 6)]
    for p in priorities:
        write(f"{src}/priorities/{p}.md", f"---\ntitle: {sentence(rng, 4)}\nowner: person-0\n---\n{paragraphs(rng)}\n")

    teams = []  # (id, parent)
    for i in range(nteams):
        parent = None if i == 0 else teams[(i - 1) // 8][0]
        teams.append((f"team-{i}", parent))
    people = 0
    hugo_pages = 0
    for tid, parent in teams:
        lead = f"person-{people}"
        members = [f"person-{people + k}" for k in range(1, 3)]
        people += 3
        fm = f"---\nname: {sentence(rng, 2)} {tid}\nlead: {lead}\nmembers: [{', '.join(members)}]\n"
        if parent:
            fm += f"parent: {parent}\n"
        write(f"{src}/teams/{tid}.md", fm + f"mission: {sentence(rng, 8)}\n---\n{paragraphs(rng)}\n")
        write(f"{hugo}/content/teams/{tid}.md", f"---\ntitle: \"{tid}\"\n---\n{paragraphs(rng)}\n")
        for pid, start, end in PERIODS:
            closed = pid != PERIODS[-1][0]
            for o in range(1, 5):
                title = sentence(rng, 6)
                lines = ["---", f"title: {title}", f"owner: {rng.choice([lead] + members)}"]
                if parent:
                    lines.append(f"aligns_to: {pid.lower()}/{parent}/objective-{rng.randint(1, 4)}#kr{rng.randint(1, 3)}")
                else:
                    lines.append(f"priorities: [{rng.choice(priorities)}]")
                lines.append("key_results:")
                md_krs = []
                for k in range(1, rng.randint(3, 4) + 1):
                    s, t = rng.randint(0, 50), rng.randint(60, 200)
                    lines += [f"  - title: {sentence(rng, 7)}", f"    start: {s}", f"    target: {t}", "    checkins:"]
                    day0 = datetime.date.fromisoformat(start)
                    v = s
                    for w in range(6):
                        v += rng.randint(0, (t - s) // 6 + 1)
                        lines += [f"      - date: {day0 + datetime.timedelta(days=7 * (w + 1))}",
                                  f"        value: {v}", f"        note: {sentence(rng, 6)}"]
                    if closed:
                        lines.append(f"    score: {min(1.0, round((v - s) / (t - s), 1))}")
                    md_krs.append(f"- {sentence(rng, 7)}: {s} → {t}, now {v}")
                lines.append("---")
                body = paragraphs(rng)
                write(f"{src}/okrs/{pid}/{tid}/objective-{o}.md", "\n".join(lines) + "\n" + body + "\n")
                write(f"{hugo}/content/okrs/{pid.lower()}/{tid}/objective-{o}.md",
                      f"---\ntitle: \"{title}\"\ntags: [\"{tid}\"]\n---\n" + "\n".join(md_krs) + "\n\n" + body + "\n")
                hugo_pages += 1

    write(f"{hugo}/hugo.toml", 'baseURL = "/"\ntitle = "Synthetic OKRs"\ndisableKinds = ["RSS", "sitemap"]\n'
          'relativeURLs = true\n[taxonomies]\n  tag = "tags"\n')
    base = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
            '<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>'
            '<main>{{ block "main" . }}{{ end }}</main></body></html>\n')
    write(f"{hugo}/layouts/_default/baseof.html", base)
    write(f"{hugo}/layouts/_default/single.html",
          '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}'
          '<nav>{{ with .Parent }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>{{ end }}\n')
    write(f"{hugo}/layouts/_default/list.html",
          '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}'
          '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    print(f"{len(teams)} teams, {hugo_pages} objectives, {people} people -> {src} and {hugo}")


if __name__ == "__main__":
    main()
