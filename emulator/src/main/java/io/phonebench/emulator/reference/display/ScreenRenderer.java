package io.phonebench.emulator.reference.display;

import io.phonebench.protocol.object.CipBitmap;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws {@link DisplayContent} into the model's service area: title bar, body lines with the selection
 * highlighted, prompt, softkey bar, CIP bitmaps. Text uses the JDK's logical monospaced font with anti-aliasing
 * and fractional metrics off, so equal content gives equal pixels; the result is quantised to the panel's depth.
 */
public final class ScreenRenderer {
    private static final Color TITLE_BAR_COLOUR = new Color(0x1F, 0x4F, 0x8F);
    private static final Color SELECTION_COLOUR = new Color(0xB0, 0xC8, 0xE8);
    private static final Color SOFTKEY_BAR_COLOUR = new Color(0xD0, 0xD0, 0xD0);

    private final ScreenGeometry geometry;
    private final Font font;

    public ScreenRenderer(ScreenGeometry geometry) {
        this.geometry = geometry;
        // Small 79xx panes (65 px) need a small face to fit title, three rows and softkeys.
        this.font = new Font(Font.MONOSPACED, Font.PLAIN, geometry.height() < 100 ? 8 : 11);
    }

    /** Characters of the monospaced face that fit on one body line: what text is wrapped to. */
    public int columns() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setFont(font);
            return Math.max(1, (geometry.width() - 4) / g.getFontMetrics().charWidth('M'));
        } finally {
            g.dispose();
        }
    }

    public ScreenGeometry geometry() {
        return geometry;
    }

    public BufferedImage render(DisplayContent content) {
        BufferedImage canvas = new BufferedImage(geometry.width(), geometry.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setFont(font);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, geometry.width(), geometry.height());
            draw(g, content);
        } finally {
            g.dispose();
        }
        return ColourQuantiser.quantise(canvas, geometry);
    }

    private void draw(Graphics2D g, DisplayContent c) {
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight();
        int w = geometry.width();
        int softkeyTop = geometry.height() - row - 1;
        boolean titled = !c.clearPane() && !c.title().isEmpty();
        if (titled) {
            drawTitle(g, fm, c.title(), row);
        }
        int top = titled ? row + 1 : 0;
        int bodyBottom = softkeyTop - (c.clearPane() || c.prompt().isEmpty() ? 0 : row);
        c.bitmap().ifPresent(b -> drawBitmap(g, b, c.clearPane() ? 0 : top, softkeyTop));
        drawLines(g, fm, c, top, bodyBottom, row);
        if (!c.clearPane() && !c.prompt().isEmpty()) {
            g.setColor(Color.BLACK);
            g.drawString(c.prompt(), 2, bodyBottom + fm.getAscent());
        }
        drawSoftkeys(g, fm, c.softkeys(), softkeyTop, row, w);
    }

    private void drawTitle(Graphics2D g, FontMetrics fm, String title, int row) {
        if (geometry.colour()) {
            g.setColor(TITLE_BAR_COLOUR);
            g.fillRect(0, 0, geometry.width(), row);
            g.setColor(Color.WHITE);
        } else {
            g.setColor(Color.BLACK);
            g.drawLine(0, row, geometry.width() - 1, row);
        }
        g.drawString(title, 2, fm.getAscent());
    }

    private void drawLines(Graphics2D g, FontMetrics fm, DisplayContent c, int top, int bottom, int row) {
        List<DisplayContent.DisplayLine> lines = c.lines();
        int first = c.selected() < 0 ? 0 : Math.max(0, c.selected() - (bottom - top) / row + 1);
        int y = top;
        for (int i = first; i < lines.size() && y + row <= bottom; i++, y += row) {
            boolean selected = i == c.selected();
            if (selected) {
                g.setColor(geometry.colour() ? SELECTION_COLOUR : Color.BLACK);
                g.fillRect(0, y, geometry.width(), row);
            }
            int x = 2;
            if (lines.get(i).icon().isPresent()) {
                CipBitmap icon = lines.get(i).icon().get();
                drawPixels(g, icon, x, y + Math.max(0, (row - icon.height()) / 2));
                x += icon.width() + 2;
            }
            g.setColor(selected && !geometry.colour() ? Color.WHITE : Color.BLACK);
            g.drawString(lines.get(i).text(), x, y + fm.getAscent());
        }
    }

    private void drawSoftkeys(Graphics2D g, FontMetrics fm, List<String> labels, int top, int row, int w) {
        if (labels.isEmpty()) {
            return;
        }
        if (geometry.colour()) {
            g.setColor(SOFTKEY_BAR_COLOUR);
            g.fillRect(0, top, w, row + 1);
        }
        g.setColor(Color.BLACK);
        g.drawLine(0, top, w - 1, top);
        int slot = w / labels.size();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            int x = i * slot;
            if (i > 0) {
                g.drawLine(x, top, x, top + row);
            }
            Graphics2D clipped = (Graphics2D) g.create(x + 1, top + 1, slot - 2, row);
            try {
                int textX = Math.max(0, (slot - 2 - fm.stringWidth(label)) / 2);
                clipped.drawString(label, textX, fm.getAscent());
            } finally {
                clipped.dispose();
            }
        }
    }

    private void drawBitmap(Graphics2D g, DisplayContent.PlacedBitmap placed, int top, int bottom) {
        CipBitmap b = placed.bitmap();
        if (!b.dataMatchesGeometry()) {
            return;
        }
        int x = placed.x() < 0 ? (geometry.width() - b.width()) / 2 : placed.x();
        int y = placed.y() < 0 ? top + (bottom - top - b.height()) / 2 : top + placed.y();
        drawPixels(g, b, x, y);
    }

    /** CIP levels run 0 white .. 2^depth-1 black. */
    private static void drawPixels(Graphics2D g, CipBitmap b, int x0, int y0) {
        if (!b.dataMatchesGeometry()) {
            return;
        }
        int[] pixels = b.pixels();
        int max = (1 << b.depth()) - 1;
        for (int y = 0; y < b.height(); y++) {
            for (int x = 0; x < b.width(); x++) {
                int v = 255 - pixels[y * b.width() + x] * 255 / max;
                g.setColor(new Color(v, v, v));
                g.fillRect(x0 + x, y0 + y, 1, 1);
            }
        }
    }
}
