"""Exercise figures: pose data -> drawing primitives -> reportlab, QPainter, SVG and PNG."""
