"""Draw Bagdar's icon (a compass needle over the letter Б) as PNG and Windows ICO.

Run once after changing the design: ``.venv/bin/python -m tools.make_icon``; the results in
``resources/`` are committed, so builds need no drawing step.
"""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from guidance import paths

SIZE = 256
BLUE = (0, 114, 178)
ORANGE = (230, 159, 0)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=BLUE)
    pen.ellipse((28, 28, SIZE - 28, SIZE - 28), outline="white", width=6)
    centre = SIZE // 2
    pen.polygon([(centre, 34), (centre + 26, centre), (centre, centre - 10),
                 (centre - 26, centre)], fill=ORANGE)
    font = ImageFont.truetype(str(paths.fonts_dir() / "DejaVuSans-Bold.ttf"), 110)
    pen.text((centre, centre + 38), "Б", font=font, fill="white", anchor="mm")
    return image


def main() -> None:
    image = draw()
    image.save(paths.resource("bagdar.png"))
    image.save(paths.resource("bagdar.ico"), sizes=[(16, 16), (32, 32), (48, 48), (64, 64),
                                                    (128, 128), (256, 256)])
    print("wrote resources/bagdar.png and resources/bagdar.ico")


if __name__ == "__main__":
    main()
