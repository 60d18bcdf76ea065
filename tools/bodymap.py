#!/usr/bin/env python3
"""Writes app/src/main/resources/web/bodymap.svg: an anatomical front and back figure with every
atlas muscle as its own shape, the left and right sides separate (data-side), so that a one-sided
finding or a left/right imbalance can be coloured on its own side.

Drawn by us, from the outlines of standard anatomy plates (proportions of an eight-head figure;
muscle attachments as described in the atlas's own sources), not traced from anyone's artwork.
Every shape is a closed Catmull-Rom spline through a few landmarks, turned into cubic Beziers:
smooth outlines from a short list of points that can be checked by eye.

Sides: the front view shows the figure's right side on the viewer's left; the back view shows the
figure's left side on the viewer's left. Deep muscles are drawn over the ones covering them with a
dashed outline, so each stays reachable by pointer and keyboard. One shape per muscle is a keyboard
stop (the first drawn); every shape names its muscle and side in its title.

Run: python3 tools/bodymap.py   (BodyMapTest checks the result against the atlas.)
"""
import json
import os

W, H = 440, 560
FRONT, BACK = 110, 330

# Landmarks (y, px): crown 16, chin 62, shoulders 82, armpit 114, waist 190, iliac crest 222,
# greater trochanter 258, crotch 274, knee 392, widest calf 430, ankle 505, sole 534.
# Points are (dx, y) for the figure's side drawn on the viewer's left (dx < 0); mirrored for the other.

BODY = [(0, 15), (-11, 18), (-17, 28), (-17, 45), (-12, 58), (-8, 64), (-8, 72), (-22, 77), (-40, 81),
        (-49, 90), (-50, 104), (-45, 116), (-42, 142), (-36, 184), (-37, 206), (-43, 232), (-46, 258),
        (-45, 296), (-39, 350), (-34, 392), (-36, 426), (-32, 462), (-25, 502), (-27, 520), (-36, 530),
        (-30, 535), (-15, 535), (-13, 520), (-15, 500), (-10, 452), (-11, 420), (-8, 392), (-6, 340),
        (-3, 290), (0, 276)]
ARM = [(-47, 84), (-57, 94), (-61, 118), (-63, 148), (-64, 168), (-68, 200), (-70, 232), (-74, 246),
       (-75, 262), (-69, 271), (-63, 264), (-61, 242), (-58, 206), (-54, 176), (-51, 150), (-48, 120)]


def strip(x0, y0, x1, y1, half):
    """A slim spindle from (x0, y0) to (x1, y1), for the small deep hip rotators."""
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    return [(x0, y0), (mx, my - half), (x1, y1), (mx, my + half)]


def band(centre, half):
    """A strap of even width along a centre line, for long thin muscles (sartorius)."""
    left, right = [], []
    for i, (x, y) in enumerate(centre):
        (ax, ay), (bx, by) = centre[max(i - 1, 0)], centre[min(i + 1, len(centre) - 1)]
        length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
        nx, ny = -(by - ay) / length * half, (bx - ax) / length * half
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    return left + list(reversed(right))


# (muscle id, view, points, deep); view "front"/"back" is drawn on both sides, "mid-..." once, centred.
M = [
    # front
    ("trapezius", "front", [(-9, 67), (-14, 73), (-30, 78), (-41, 82), (-26, 80), (-13, 76)], False),
    ("deltoid", "front", [(-38, 82), (-49, 85), (-58, 97), (-61, 116), (-56, 128), (-51, 112), (-45, 96)], False),
    ("pectoralis-major", "front", [(-2, 88), (-20, 84), (-38, 88), (-50, 104), (-45, 116), (-30, 124),
                                   (-14, 126), (-2, 120)], False),
    ("biceps-brachii", "front", [(-53, 122), (-59, 130), (-62, 150), (-60, 168), (-56, 170), (-53, 150)], False),
    ("latissimus-dorsi", "front", [(-45, 118), (-47, 132), (-44, 162), (-41, 172), (-41, 142)], False),
    ("rectus-abdominis", "front", [(-2, 128), (-13, 130), (-15, 176), (-12, 222), (-2, 238)], False),
    ("external-oblique", "front", [(-16, 134), (-40, 140), (-41, 172), (-37, 204), (-36, 218), (-21, 224),
                                   (-16, 182)], False),
    ("tensor-fasciae-latae", "front", [(-38, 230), (-45, 242), (-47, 264), (-41, 280), (-37, 258)], False),
    ("pectineus", "front", [(-8, 262), (-18, 264), (-22, 276), (-15, 286)], False),
    ("adductor-longus", "front", [(-6, 272), (-15, 270), (-24, 306), (-19, 340), (-10, 304)], False),
    ("adductor-magnus", "front", [(-4, 294), (-9, 300), (-14, 350), (-12, 376), (-7, 342)], False),
    ("vastus-lateralis", "front", [(-39, 272), (-46, 300), (-43, 350), (-35, 386), (-30, 378), (-33, 330),
                                   (-34, 290)], False),
    ("rectus-femoris", "front", [(-28, 268), (-35, 292), (-34, 340), (-28, 378), (-22, 378), (-20, 330),
                                 (-22, 290)], False),
    ("vastus-medialis", "front", [(-16, 338), (-22, 352), (-24, 382), (-16, 394), (-9, 386), (-10, 362)], False),
    ("sartorius", "front", band([(-41, 232), (-35, 262), (-25, 304), (-15, 346), (-10, 378), (-11, 404)], 3),
     False),
    ("tibialis-anterior", "front", [(-26, 406), (-32, 422), (-31, 460), (-24, 496), (-21, 494), (-22, 450),
                                    (-21, 420)], False),
    ("soleus", "front", [(-12, 422), (-16, 442), (-14, 482), (-11, 486), (-9, 452)], False),
    ("diaphragm", "mid-front", [(-34, 136), (-18, 122), (0, 118), (18, 122), (34, 136), (18, 130), (0, 126),
                                (-18, 130)], True),
    ("internal-oblique", "front", [(-20, 198), (-36, 202), (-40, 216), (-31, 228), (-19, 226)], True),
    ("transversus-abdominis", "mid-front", [(-30, 232), (0, 228), (30, 232), (0, 244)], True),
    ("psoas-major", "front", [(-6, 196), (-12, 198), (-16, 240), (-19, 268), (-13, 272), (-8, 236)], True),
    ("iliacus", "front", [(-19, 230), (-34, 222), (-37, 236), (-27, 256), (-19, 262)], True),
    ("pelvic-floor", "mid-front", [(-10, 264), (0, 261), (10, 264), (6, 272), (-6, 272)], True),
    ("adductor-brevis", "front", [(-8, 276), (-16, 278), (-20, 300), (-13, 302)], True),
    ("vastus-intermedius", "front", [(-27, 302), (-33, 322), (-31, 360), (-25, 366), (-23, 330)], True),
    # back (the figure's left on the viewer's left)
    ("trapezius", "back", [(-1, 64), (-10, 68), (-20, 77), (-45, 84), (-30, 97), (-14, 112), (-6, 150),
                           (-1, 168)], False),
    ("deltoid", "back", [(-40, 82), (-49, 85), (-58, 97), (-61, 116), (-56, 128), (-51, 112), (-44, 96)], False),
    ("rotator-cuff", "back", [(-25, 100), (-40, 100), (-46, 114), (-36, 124), (-25, 120)], False),
    ("triceps-brachii", "back", [(-52, 118), (-60, 124), (-63, 150), (-61, 172), (-56, 172), (-52, 146)], False),
    ("latissimus-dorsi", "back", [(-8, 150), (-16, 140), (-32, 124), (-45, 120), (-44, 148), (-40, 180),
                                  (-35, 206), (-17, 214), (-9, 192)], False),
    ("erector-spinae", "back", [(-3, 168), (-13, 170), (-15, 214), (-11, 246), (-3, 248)], False),
    ("gluteus-medius", "back", [(-20, 232), (-36, 226), (-45, 240), (-47, 260), (-36, 254), (-24, 248)], False),
    ("gluteus-maximus", "back", [(-4, 252), (-20, 244), (-38, 254), (-47, 274), (-41, 298), (-24, 305),
                                 (-6, 294), (-3, 272)], False),
    ("adductor-magnus", "back", [(-5, 302), (-13, 304), (-17, 340), (-13, 374), (-8, 350)], False),
    ("semitendinosus", "back", [(-14, 304), (-22, 302), (-25, 342), (-19, 390), (-14, 390), (-17, 342)], False),
    ("semimembranosus", "back", [(-12, 344), (-20, 352), (-21, 390), (-14, 400), (-10, 374)], False),
    ("biceps-femoris-long-head", "back", [(-26, 302), (-37, 302), (-41, 342), (-35, 388), (-29, 390),
                                          (-29, 342)], False),
    ("gastrocnemius", "back", [(-8, 400), (-20, 397), (-23, 430), (-19, 466), (-13, 466), (-9, 432)], False),
    ("gastrocnemius", "back", [(-23, 398), (-35, 402), (-36, 430), (-29, 458), (-23, 454), (-22, 420)], False),
    ("soleus", "back", [(-12, 456), (-22, 458), (-31, 458), (-28, 490), (-20, 502), (-14, 492)], False),
    ("rhomboids", "back", [(-4, 98), (-22, 104), (-24, 112), (-20, 138), (-4, 146)], True),
    ("multifidus", "back", [(-2, 214), (-7, 214), (-8, 244), (-2, 252)], True),
    ("quadratus-lumborum", "back", [(-15, 208), (-27, 206), (-31, 222), (-23, 234), (-15, 232)], True),
    ("gluteus-minimus", "back", [(-27, 240), (-40, 237), (-44, 250), (-30, 253)], True),
    ("piriformis", "back", strip(-8, 262, -42, 258, 3.2), True),
    ("gemellus-superior", "back", strip(-10, 268, -40, 266, 2.2), True),
    ("obturator-internus", "back", strip(-10, 273, -40, 272, 2.4), True),
    ("gemellus-inferior", "back", strip(-10, 278, -40, 278, 2.2), True),
    ("obturator-externus", "back", strip(-12, 284, -38, 284, 2.2), True),
    ("biceps-femoris-short-head", "back", [(-34, 352), (-40, 358), (-38, 386), (-33, 386)], True),
]


def spline(points):
    """A closed Catmull-Rom spline through the points as an SVG path (uniform, tension 1/6)."""
    n = len(points)
    d = [f"M{points[0][0]:.1f},{points[0][1]:.1f}"]
    for i in range(n):
        p0, p1, p2, p3 = points[i - 1], points[i], points[(i + 1) % n], points[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(f"C{c1[0]:.1f},{c1[1]:.1f} {c2[0]:.1f},{c2[1]:.1f} {p2[0]:.1f},{p2[1]:.1f}")
    return "".join(d) + "Z"


def placed(points, cx, mirror):
    sign = -1 if mirror else 1
    return [(cx + sign * x, y) for x, y in points]


def outline(half):
    """The whole outline from one side's half: down the drawn side, back up the mirrored one."""
    other = [(-x, y) for x, y in reversed(half) if x != 0]
    return half + other


def silhouette(cx):
    shapes = [spline(placed(outline(BODY), cx, False))]
    shapes += [spline(placed(ARM, cx, mirror)) for mirror in (False, True)]
    # Outlines first, fills over them: the figure reads as one outline, with no seams where arm meets torso.
    return ([f'<path class="outline" d="{d}"/>' for d in shapes]
            + [f'<path class="fill" d="{d}"/>' for d in shapes])


def side_of(view, mirror):
    """The figure's side a shape is on: the front view shows its right side on the viewer's left."""
    if view.startswith("mid"):
        return ""
    viewer_left = not mirror
    return ("right" if viewer_left else "left") if view == "front" else ("left" if viewer_left else "right")


def main():
    names = {}
    atlas = os.path.join(os.path.dirname(__file__), "..", "core", "src", "main", "resources", "org", "runmuscle",
                         "core", "atlas", "muscles.json")
    for m in json.load(open(atlas))["muscles"]:
        names[m["id"]] = m["name"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" class="bodymap" role="group" '
           f'aria-label="Body map: front and back">',
           '  <g class="silhouette" aria-hidden="true">']
    out += ["    " + s for s in silhouette(FRONT) + silhouette(BACK)]
    out += ["  </g>",
            f'  <text x="{FRONT}" y="552" text-anchor="middle" class="view-label" aria-hidden="true">front</text>',
            f'  <text x="{BACK}" y="552" text-anchor="middle" class="view-label" aria-hidden="true">back</text>',
            f'  <text x="{FRONT - 58}" y="30" text-anchor="middle" class="view-label" aria-hidden="true">R</text>',
            f'  <text x="{FRONT + 58}" y="30" text-anchor="middle" class="view-label" aria-hidden="true">L</text>',
            f'  <text x="{BACK - 58}" y="30" text-anchor="middle" class="view-label" aria-hidden="true">L</text>',
            f'  <text x="{BACK + 58}" y="30" text-anchor="middle" class="view-label" aria-hidden="true">R</text>']
    focusable = set()
    for deep_pass in (False, True):  # superficial shapes first, deep ones on top of them
        for muscle, view, points, deep in M:
            if deep != deep_pass:
                continue
            cx = FRONT if view.endswith("front") else BACK
            name = names[muscle] + (" (deep)" if deep else "")
            for mirror in [False] if view.startswith("mid") else [False, True]:
                side = side_of(view, mirror)
                attrs = f' class="muscle{" deep" if deep else ""}" data-muscle="{muscle}"'
                if side:
                    attrs += f' data-side="{side}"'
                if muscle not in focusable:
                    focusable.add(muscle)
                    attrs += f' tabindex="0" role="link" aria-label="{name}"'
                title = name + (f", {side}" if side else "")
                out.append(f'  <path d="{spline(placed(points, cx, mirror))}"{attrs}><title>{title}</title></path>')
    out.append("</svg>")
    path = os.path.join(os.path.dirname(__file__), "..", "app", "src", "main", "resources", "web", "bodymap.svg")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    drawn = {m[0] for m in M}
    missing = set(names) - drawn
    unknown = drawn - set(names)
    print(f"wrote {path}: {len(drawn)} muscles" + (f"; MISSING {sorted(missing)}" if missing else "")
          + (f"; NOT IN THE ATLAS {sorted(unknown)}" if unknown else ""))


main()
