#!/usr/bin/env python3
"""Writes app/src/main/resources/web/bodymap.svg: front and back figures with every atlas muscle
as its own shape (both sides, one data-muscle id). Deep muscles are drawn over the ones covering
them with a dashed outline. Shapes are stylised ellipses and polygons placed by eye on a simple
silhouette: a map for colouring by load, not an anatomy plate.

Run: python3 tools/bodymap.py   (BodyMapTest checks the result against the atlas.)
"""
import math, os, json

W, H = 440, 560
FRONT, BACK = 110, 330

# (muscle id, view, shape, deep); shapes for the figure's right side (viewer's left), mirrored.
# ("e", dx, cy, rx, ry, rotation) or ("p", [(dx, y), ...]); "mid" shapes are drawn once, centred.
M = [
    # front
    ("trapezius", "front", ("e", -24, 76, 14, 5, -15), False),
    ("deltoid", "front", ("e", -50, 92, 13, 18, 20), False),
    ("pectoralis-major", "front", ("e", -20, 108, 20, 13, 10), False),
    ("biceps-brachii", "front", ("e", -55, 136, 8, 22, 8), False),
    ("latissimus-dorsi", "front", ("e", -38, 152, 5, 20, 8), False),
    ("diaphragm", "mid-front", ("p", [(-30, 134), (-15, 122), (0, 119), (15, 122), (30, 134), (15, 128), (0, 125), (-15, 128)]), True),
    ("rectus-abdominis", "mid-front", ("p", [(-11, 140), (11, 140), (12, 228), (0, 234), (-12, 228)]), False),
    ("external-oblique", "front", ("e", -27, 180, 10, 25, 8), False),
    ("internal-oblique", "front", ("e", -26, 212, 9, 12, -20), True),
    ("transversus-abdominis", "mid-front", ("e", 0, 238, 28, 7, 0), True),
    ("psoas-major", "front", ("e", -9, 220, 4.5, 22, 10), True),
    ("iliacus", "front", ("e", -22, 244, 8, 12, -25), True),
    ("pelvic-floor", "mid-front", ("e", 0, 266, 12, 4, 0), True),
    ("tensor-fasciae-latae", "front", ("e", -37, 270, 6, 14, 10), False),
    ("pectineus", "front", ("e", -12, 276, 6, 8, -20), False),
    ("adductor-longus", "front", ("e", -14, 302, 6, 20, -12), False),
    ("adductor-brevis", "front", ("e", -12, 292, 4.5, 11, -10), True),
    ("adductor-magnus", "front", ("e", -11, 338, 5, 22, -5), False),
    ("rectus-femoris", "front", ("e", -25, 320, 9, 40, 3), False),
    ("vastus-intermedius", "front", ("e", -25, 336, 5.5, 26, 3), True),
    ("vastus-lateralis", "front", ("e", -39, 332, 8, 42, 4), False),
    ("vastus-medialis", "front", ("e", -15, 374, 8, 16, -10), False),
    ("sartorius", "front", ("p", [(-39, 262), (-34, 261), (-9, 392), (-14, 395)]), False),
    ("tibialis-anterior", "front", ("e", -30, 452, 6, 36, 3), False),
    ("soleus", "front", ("e", -19, 464, 4, 26, -3), False),
    # back
    ("trapezius", "back", ("p", [(0, 66), (-40, 84), (-18, 100), (0, 168)]), False),
    ("rhomboids", "back", ("p", [(-4, 100), (-22, 104), (-20, 136), (-4, 140)]), True),
    ("rotator-cuff", "back", ("e", -31, 110, 11, 13, 10), False),
    ("deltoid", "back", ("e", -50, 92, 13, 18, -20), False),
    ("triceps-brachii", "back", ("e", -56, 140, 9, 26, 8), False),
    ("latissimus-dorsi", "back", ("p", [(-16, 150), (-44, 122), (-40, 190), (-14, 212)]), False),
    ("erector-spinae", "back", ("e", -9, 200, 6, 40, 0), False),
    ("multifidus", "back", ("e", -4, 236, 3, 20, 0), True),
    ("quadratus-lumborum", "back", ("e", -20, 228, 6, 12, -8), True),
    ("gluteus-medius", "back", ("e", -28, 256, 14, 10, -15), False),
    ("gluteus-maximus", "back", ("e", -20, 282, 19, 20, 10), False),
    ("gluteus-minimus", "back", ("e", -29, 255, 8, 5, -15), True),
    ("piriformis", "back", ("e", -20, 268, 12, 2.6, -15), True),
    ("gemellus-superior", "back", ("e", -20, 275, 10, 1.8, -5), True),
    ("obturator-internus", "back", ("e", -20, 280, 10, 2.0, 0), True),
    ("gemellus-inferior", "back", ("e", -20, 285, 10, 1.8, 5), True),
    ("obturator-externus", "back", ("e", -20, 290, 9, 1.8, 8), True),
    ("adductor-magnus", "back", ("e", -10, 332, 6, 26, -5), False),
    ("semitendinosus", "back", ("e", -17, 345, 6, 34, -3), False),
    ("semimembranosus", "back", ("e", -19, 370, 5, 20, -3), False),
    ("biceps-femoris-long-head", "back", ("e", -31, 345, 7, 36, 4), False),
    ("biceps-femoris-short-head", "back", ("e", -33, 380, 3.5, 13, 4), True),
    ("gastrocnemius", "back", ("e", -20, 440, 8, 26, -3), False),
    ("gastrocnemius", "back", ("e", -33, 440, 7, 24, 3), False),
    ("soleus", "back", ("e", -26, 482, 9, 17, 0), False),
]


def silhouette(cx):
    def pts(points, mirror=False):
        return " ".join(f"{cx + (-x if mirror else x):.1f},{y:.1f}" for x, y in points)
    torso = [(-42, 78), (42, 78), (48, 112), (40, 170), (36, 228), (42, 262), (40, 270), (-40, 270), (-42, 262), (-36, 228), (-40, 170), (-48, 112)]
    leg = [(-42, 262), (-4, 268), (-6, 400), (-12, 500), (-14, 530), (-36, 534), (-34, 500), (-40, 400), (-46, 300)]
    arm = [(-44, 80), (-60, 90), (-66, 180), (-70, 262), (-60, 264), (-54, 182), (-44, 120)]
    parts = [f'<ellipse cx="{cx}" cy="40" rx="19" ry="23"/>',
             f'<rect x="{cx - 9}" y="58" width="18" height="22" rx="4"/>',
             f'<polygon points="{pts(torso)}"/>']
    for mirror in (False, True):
        parts.append(f'<polygon points="{pts(leg, mirror)}"/>')
        parts.append(f'<polygon points="{pts(arm, mirror)}"/>')
    return "\n    ".join(parts)


def shape(spec, cx, mirror):
    sign = -1 if mirror else 1
    if spec[0] == "e":
        _, dx, cy, rx, ry, rot = spec
        x = cx + sign * dx
        return f'<ellipse cx="{x:.1f}" cy="{cy}" rx="{rx}" ry="{ry}" transform="rotate({sign * rot} {x:.1f} {cy})"'
    points = " ".join(f"{cx + sign * x:.1f},{y}" for x, y in spec[1])
    return f'<polygon points="{points}"'


def main():
    names = {}
    atlas_dir = os.path.join(os.path.dirname(__file__), "..", "core", "src", "main", "resources")
    for root, _, files in os.walk(atlas_dir):
        for f in files:
            if f == "muscles.json":
                for m in json.load(open(os.path.join(root, f)))["muscles"]:
                    names[m["id"]] = m["name"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" class="bodymap" role="group" aria-label="Body map: front and back">',
           '  <g class="silhouette" aria-hidden="true">',
           "    " + silhouette(FRONT), "    " + silhouette(BACK), "  </g>",
           f'  <text x="{FRONT}" y="556" text-anchor="middle" class="view-label" aria-hidden="true">front</text>',
           f'  <text x="{BACK}" y="556" text-anchor="middle" class="view-label" aria-hidden="true">back</text>']
    focusable = set()
    # superficial shapes first, deep ones on top of them
    for deep_pass in (False, True):
        for muscle, view, spec, deep in M:
            if deep != deep_pass:
                continue
            cx = FRONT if view.endswith("front") else BACK
            sides = [False] if view.startswith("mid") else [False, True]
            name = names.get(muscle, muscle)
            for mirror in sides:
                key = muscle
                attrs = f' class="muscle{" deep" if deep else ""}" data-muscle="{muscle}"'
                if key not in focusable:
                    focusable.add(key)
                    attrs += f' tabindex="0" role="link" aria-label="{name}{" (deep)" if deep else ""}"'
                out.append(f'  {shape(spec, cx, mirror)}{attrs}><title>{name}{" (deep)" if deep else ""}</title></{"ellipse" if spec[0] == "e" else "polygon"}>')
    out.append("</svg>")
    path = os.path.join(os.path.dirname(__file__), "..", "app", "src", "main", "resources", "web", "bodymap.svg")
    open(path, "w").write("\n".join(out) + "\n")
    missing = set(names) - {m[0] for m in M}
    print(f"wrote {path}: {len({m[0] for m in M})} muscles" + (f"; MISSING {sorted(missing)}" if missing else ""))


main()
