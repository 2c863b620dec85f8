package org.ganclassroom.ui.lesson;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A lab's reading and its activity (controls and plot): side by side when the page is wide enough for
 * both, else stacked with the activity first. Stacked with the reading first, a 1024x768 or 1280x800
 * screen showed the plot below the edge, and a student pressed Play on a lab they could not see.
 */
final class SideBySide extends Region {

    /** Narrower than this (in em of the page's type), a column of reading wraps a word or two a line. */
    static final double READING_MIN_EM = 20;
    static final double GAP_EM = 1.2;

    private final Node reading;
    private final Node activity;
    private final java.util.function.DoubleSupplier em;

    /**
     * {@code em}: the page's font size in px now (a label's, which follows presenter mode), from which the
     * reading's minimum width and the gap follow.
     */
    SideBySide(Node reading, Node activity, java.util.function.DoubleSupplier em) {
        this.reading = reading;
        this.activity = activity;
        this.em = em;
        getStyleClass().add("side-by-side");
        getChildren().addAll(reading, activity);
    }

    /** Whether {@code width} holds the activity at its preferred width beside a readable column. */
    boolean sideBySideAt(double width) {
        return width >= activityWidth() + (GAP_EM + READING_MIN_EM) * em.getAsDouble();
    }

    private double activityWidth() {
        return activity.prefWidth(-1);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // wrapped text: the height depends on the width
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0; // the page fits its column to the viewport; the stacked form fits any width
    }

    @Override
    protected double computePrefWidth(double height) {
        return activityWidth() + (GAP_EM + READING_MIN_EM) * em.getAsDouble();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            width = computePrefWidth(-1);
        }
        if (sideBySideAt(width)) {
            double activityWidth = activityWidth();
            return Math.max(activity.prefHeight(activityWidth), reading.prefHeight(readingWidth(width)));
        }
        return activity.prefHeight(width) + GAP_EM * em.getAsDouble() + reading.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        if (sideBySideAt(width)) {
            double activityWidth = activityWidth();
            double readingWidth = readingWidth(width);
            reading.resizeRelocate(0, 0, readingWidth, reading.prefHeight(readingWidth));
            activity.resizeRelocate(width - activityWidth, 0, activityWidth, activity.prefHeight(activityWidth));
        } else {
            double activityHeight = activity.prefHeight(width);
            activity.resizeRelocate(0, 0, width, activityHeight);
            reading.resizeRelocate(0, activityHeight + GAP_EM * em.getAsDouble(), width, reading.prefHeight(width));
        }
    }

    private double readingWidth(double width) {
        return width - activityWidth() - GAP_EM * em.getAsDouble();
    }
}
