package se.samverkan.followup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * The board report's charts, drawn on the server with JFreeChart as PNG (twice the printed size, for a sharp
 * print) and handed to the PDF as data URIs. Suppressed figures have no value and are left out of a chart.
 * The text is Liberation Sans, the PDF's own font, read from the font jar rather than from the machine.
 */
@Component
public class FollowUpCharts {

    private static final Color[] COLOURS = {new Color(0x1f5f8b), new Color(0xe07b39), new Color(0x3a8d5c),
        new Color(0xb8434e)};
    private static final int SCALE = 2;

    private final StandardChartTheme theme;

    public FollowUpCharts() {
        Font base = font();
        theme = new StandardChartTheme("Samverkan");
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 15f));
        theme.setLargeFont(base.deriveFont(Font.BOLD, 12f));
        theme.setRegularFont(base.deriveFont(11f));
        theme.setSmallFont(base.deriveFont(10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdddddd));
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
    }

    /** One bar per label; a null value (suppressed) draws no bar. */
    public String bars(String title, String axis, List<String> labels, List<? extends Number> values, boolean percent,
            boolean horizontal, int colour) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), axis, labels.get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, false, false, false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, COLOURS[colour % COLOURS.length]);
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.12);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (percent) {
            range.setRange(0, 100);
        }
        CategoryAxis domain = plot.getDomainAxis();
        domain.setMaximumCategoryLabelLines(3);
        if (!horizontal && labels.size() > 4) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return png(chart, 520, horizontal ? 230 : 260);
    }

    /** One line per series over the same labels (e.g. months); null values leave a gap. */
    public String lines(String title, String axis, List<String> labels, List<String> series,
            List<List<Integer>> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < labels.size(); i++) {
                data.addValue(values.get(s).get(i), series.get(s), labels.get(i));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(title, null, axis, data, PlotOrientation.VERTICAL, true,
                false, false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, COLOURS[s % COLOURS.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        return png(chart, 520, 260);
    }

    /** Bars side by side: one series per column (e.g. survey rounds) over the same labels; a null value draws none. */
    public String groupedBars(String title, String axis, List<String> labels, List<String> series,
            List<List<Double>> values, double max) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < labels.size(); i++) {
                data.addValue(values.get(s).get(i), series.get(s), labels.get(i));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false,
                false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, COLOURS[s % COLOURS.length]);
        }
        renderer.setItemMargin(0.05);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, max);
        return png(chart, 520, 260);
    }

    private static String png(JFreeChart chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeBufferedImageAsPNG(out,
                    chart.createBufferedImage(width * SCALE, height * SCALE, width, height, null));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Diagrammet kunde inte ritas", e);
        }
    }

    private static Font font() {
        try (InputStream in = FollowUpCharts.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet LiberationSans-Regular.ttf saknas (openpdf-fonts-extra)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
