#pragma once

#include <QColor>
#include <QPalette>

namespace tb::gui {

// The Browse page's colours, derived from the palette so that light and dark themes both read well.
struct BrowseColors {
    explicit BrowseColors(const QPalette &palette)
    {
        const QColor base = palette.color(QPalette::Base);
        const bool dark = base.lightness() < 128;
        text = palette.color(QPalette::Text);
        dimText = mix(text, base, 0.45);
        meta = mix(text, base, 0.40);
        rule = mix(text, base, 0.80);
        // "Me" is teal: apart from the selection blue, the link colour and the match highlight.
        meMarker = dark ? QColor(0x2d, 0xd4, 0xbf) : QColor(0x0d, 0x94, 0x88);
        meAuthor = dark ? QColor(0x5e, 0xea, 0xd4) : QColor(0x0f, 0x76, 0x6e);
        meTint = meMarker;
        meTint.setAlpha(dark ? 40 : 26);
        link = palette.color(QPalette::Link);
        match = dark ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe0, 0x82);
        error = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    }

    static QColor mix(const QColor &a, const QColor &b, double towardB)
    {
        return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * towardB),
            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * towardB),
            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * towardB));
    }

    QColor text;
    QColor dimText;
    QColor meta;
    QColor rule;
    QColor meMarker;
    QColor meAuthor;
    QColor meTint;
    QColor link;
    QColor match;
    QColor error;
};

} // namespace tb::gui
