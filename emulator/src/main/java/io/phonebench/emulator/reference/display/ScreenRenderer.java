package io.phonebench.emulator.reference.display;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;

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
        return paint(new BufferedImage(geometry.width(), geometry.height(), BufferedImage.TYPE_INT_RGB), content);
    }

    /**
     * Draws {@code content} and lends the picture to {@code use} while it runs: the picture is drawn on a canvas the
     * JVM's phones share ({@link Canvases}), so nothing of it may outlive the call. For screenshots, which are
     * encoded and dropped; {@link #render} is for pictures that are kept.
     */
    public <T> T rendered(DisplayContent content, Function<BufferedImage, T> use) {
        BufferedImage canvas = Canvases.take(geometry.width(), geometry.height());
        try {
            return use.apply(paint(canvas, content));
        } finally {
            Canvases.give(canvas);
        }
    }

    /** Paints the whole canvas (white, then the content) and quantises it; returns the picture. */
    private BufferedImage paint(BufferedImage canvas, DisplayContent content) {
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

    /** Body rows a Text page shows between title and prompt: how far scrolling can go. */
    public int bodyRows(boolean titled, boolean prompted) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setFont(font);
            int row = g.getFontMetrics().getHeight();
            int top = titled ? row + 1 : 0;
            int bottom = geometry.height() - row - 1 - (prompted ? row : 0);
            return Math.max(1, (bottom - top) / row);
        } finally {
            g.dispose();
        }
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
        c.picture().ifPresent(p -> drawPlaced(g, p, 0, c.clearPane() ? 0 : top, w, softkeyTop));
        drawLines(g, fm, c, top, bodyBottom, row);
        if (!c.clearPane() && !c.prompt().isEmpty()) {
            g.setColor(Color.BLACK);
            g.drawString(c.prompt(), 2, bodyBottom + fm.getAscent());
        }
        c.status().ifPresent(s -> drawStatus(g, fm, s, top, bodyBottom, row));
        drawSoftkeys(g, fm, c.softkeys(), softkeyTop, row, w);
    }

    /**
     * The status window sits at the bottom of the body, above prompt and softkeys (the emulator has no call plane):
     * a rule, then its picture (at most a third of the area high), then one line of text with the timer on the right.
     */
    private void drawStatus(Graphics2D g, FontMetrics fm, DisplayContent.StatusWindow s, int top, int bottom,
            int row) {
        int w = geometry.width();
        int pictureHeight = s.picture().map(p -> Math.min(p.picture().height(), geometry.height() / 3)).orElse(0);
        int windowTop = Math.max(top, bottom - row - pictureHeight - 1);
        g.setColor(Color.WHITE);
        g.fillRect(0, windowTop, w, bottom - windowTop);
        g.setColor(Color.BLACK);
        g.drawLine(0, windowTop, w - 1, windowTop);
        s.picture().ifPresent(p -> drawPlaced(g, p, 0, windowTop + 1, w, windowTop + 1 + pictureHeight));
        g.setColor(Color.BLACK);
        int textY = bottom - row + fm.getAscent();
        String timer = s.timerSeconds().map(ScreenRenderer::clockFace).orElse("");
        g.drawString(s.text(), 2, textY);
        if (!timer.isEmpty()) {
            g.drawString(timer, w - 2 - fm.stringWidth(timer), textY);
        }
    }

    private static String clockFace(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long sec = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
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
        int first = c.selected() < 0 ? c.firstLine() : Math.max(0, c.selected() - (bottom - top) / row + 1);
        int y = top;
        for (int i = first; i < lines.size() && y + row <= bottom; i++, y += row) {
            boolean selected = i == c.selected();
            if (selected) {
                g.setColor(geometry.colour() ? SELECTION_COLOUR : Color.BLACK);
                g.fillRect(0, y, geometry.width(), row);
            }
            int x = 2;
            if (lines.get(i).icon().isPresent()) {
                Picture icon = lines.get(i).icon().get();
                drawPixels(g, icon, x, y + Math.max(0, (row - icon.height()) / 2), x + icon.width(), y + row);
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

    /** LocationX/Y relative to the pane's top-left; -1 on an axis centres on it; clipped to the pane. */
    private void drawPlaced(Graphics2D g, DisplayContent.PlacedPicture placed, int left, int top, int right,
            int bottom) {
        Picture p = placed.picture();
        int x = left + (placed.x() < 0 ? (right - left - p.width()) / 2 : placed.x());
        int y = top + (placed.y() < 0 ? (bottom - top - p.height()) / 2 : placed.y());
        drawPixels(g, p, x, y, right, bottom);
    }

    private static void drawPixels(Graphics2D g, Picture p, int x0, int y0, int right, int bottom) {
        for (int y = 0; y < p.height() && y0 + y < bottom; y++) {
            for (int x = 0; x < p.width() && x0 + x < right; x++) {
                if (x0 + x >= 0 && y0 + y >= 0) {
                    g.setColor(new Color(p.rgb(x, y)));
                    g.fillRect(x0 + x, y0 + y, 1, 1);
                }
            }
        }
    }
}
