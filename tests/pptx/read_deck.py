"""Reads a PowerPoint deck back with python-pptx, as another program would, and
prints what tests/pptx.rs checks, as JSON: per slide, its shapes' kinds, its
texts and its speaker notes."""

import json
import sys

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE


def kind(shape):
    kinds = {
        MSO_SHAPE_TYPE.AUTO_SHAPE: "auto shape",
        MSO_SHAPE_TYPE.FREEFORM: "freeform",
        MSO_SHAPE_TYPE.LINE: "line",
        MSO_SHAPE_TYPE.TEXT_BOX: "text box",
        MSO_SHAPE_TYPE.PICTURE: "picture",
    }
    return kinds.get(shape.shape_type, str(shape.shape_type))


def slide_facts(slide):
    notes = ""
    if slide.has_notes_slide:
        notes = slide.notes_slide.notes_text_frame.text
    return {
        "kinds": [kind(shape) for shape in slide.shapes],
        "texts": [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame],
        "notes": notes,
    }


deck = Presentation(sys.argv[1])
print(json.dumps({
    "width": deck.slide_width,
    "height": deck.slide_height,
    "slides": [slide_facts(slide) for slide in deck.slides],
}))
