"""The model's features, exactly as `InjectionModel` computes them in Swift.

The text is folded like `FoldedText` (lower case, Latin accents removed, fullwidth ASCII made
plain, invisible characters and combining marks dropped), then every ASCII byte that is not a
letter or digit becomes a space, runs of spaces collapse to one, and a space is added at both
ends. Features are hashed (32-bit FNV-1a) into 2**BITS buckets: every byte 3-, 4- and 5-gram,
every word (a run of non-space bytes, hashed after a 0x01 byte) and every pair of adjacent
words (after a 0x02 byte, joined by a space).
"""
import unicodedata

BITS = 18
MASK = (1 << BITS) - 1
FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193

LATIN_BASE = (
    "aaaaaa_ceeeeiiiidnooooo_ouuuuyt_aaaaaa_ceeeeiiiidnooooo_ouuuuyty"
    + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkk_llllll_"
    + "_llnnnnnn___oooooo__rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz_"
)

INVISIBLE = set([0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0])
INVISIBLE_RANGES = [(0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xFE00, 0xFE0F)]


def is_invisible(value):
    return value in INVISIBLE or any(low <= value <= high for low, high in INVISIBLE_RANGES)


def fold(text):
    out = []
    for char in text:
        value = ord(char)
        if value == 0x0A:
            kept = char
        elif value in (0x0D, 0x2028, 0x2029):
            kept = "\n"
        elif value in (0x09, 0x20, 0xA0, 0x3000):
            kept = " "
        elif 0xFF01 <= value <= 0xFF5E:
            kept = chr(value - 0xFEE0)
        elif is_invisible(value):
            continue
        elif value < 0x80:
            kept = char
        elif char.isspace():
            kept = " "
        elif unicodedata.category(char) == "Mn":
            continue
        else:
            kept = char
        value = ord(kept)
        if value < 0x80:
            out.append(kept.lower())
        elif 0xC0 <= value < 0x180 and LATIN_BASE[value - 0xC0] != "_":
            out.append(LATIN_BASE[value - 0xC0])
        else:
            out.append(kept.lower())
    return "".join(out)


def normalized(text):
    data = fold(text).encode("utf-8")
    out = bytearray(b" ")
    for byte in data:
        if byte < 0x80 and not (0x61 <= byte <= 0x7A or 0x30 <= byte <= 0x39):
            byte = 0x20
        if byte == 0x20 and out[-1] == 0x20:
            continue
        out.append(byte)
    if out[-1] != 0x20:
        out.append(0x20)
    return bytes(out)


def fnv(data, start=FNV_OFFSET):
    h = start
    for byte in data:
        h = ((h ^ byte) * FNV_PRIME) & 0xFFFFFFFF
    return h


def features(text):
    data = normalized(text)
    found = []
    for i in range(len(data)):
        h = FNV_OFFSET
        for k in range(5):
            if i + k >= len(data):
                break
            h = ((h ^ data[i + k]) * FNV_PRIME) & 0xFFFFFFFF
            if k >= 2:
                found.append(h & MASK)
    words = [w for w in data.split(b" ") if w]
    for index, word in enumerate(words):
        found.append(fnv(b"\x01" + word) & MASK)
        if index > 0:
            found.append(fnv(b"\x02" + words[index - 1] + b" " + word) & MASK)
    return found
