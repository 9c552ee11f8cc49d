#include "findingsmodel.h"

#include "models/projectsession.h"

#include <QColor>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>

namespace tb::models {

namespace {

QString location(const core::Finding &f)
{
    QString where = QString::fromStdString(f.file);
    if (f.line > 0)
        where += QLatin1Char(':') + QString::number(f.line);
    if (f.record >= 0)
        where += FindingsModel::tr(" record %1").arg(f.record);
    return where;
}

QPixmap drawSeverity(core::Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = severity == core::Severity::Error ? QColor(0xc6, 0x28, 0x28)
        : severity == core::Severity::Warning             ? QColor(0xe0, 0x8a, 0x00)
                                                          : QColor(0x1e, 0x6f, 0xc8);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font;
    font.setBold(true);
    font.setPixelSize(qRound(size * 0.7));
    p.setFont(font);
    p.setPen(Qt::white);
    const QString glyph = severity == core::Severity::Error ? QStringLiteral("×")
        : severity == core::Severity::Warning               ? QStringLiteral("!")
                                                            : QStringLiteral("i");
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
    return pixmap;
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Drawn once; the view asks for them on every paint.
    for (const auto severity : { core::Severity::Info, core::Severity::Warning, core::Severity::Error })
        m_icons[static_cast<std::size_t>(severity)] = severityIcon(severity);
}

FindingsModel::~FindingsModel() = default;

void FindingsModel::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProjectSession::opened, this, &FindingsModel::reload);
        connect(m_session, &ProjectSession::closed, this, &FindingsModel::reload);
        connect(m_session, &ProjectSession::contentChanged, this, &FindingsModel::reload);
    }
    reload();
}

void FindingsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (core::Store *store = m_session ? m_session->store() : nullptr)
        m_rows = store->latestFindings();
    endResetModel();
}

void FindingsModel::setFindings(std::vector<core::SourceFinding> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FindingsModel::count(core::Severity severity) const
{
    return static_cast<int>(std::count_if(
        m_rows.begin(), m_rows.end(), [severity](const auto &r) { return r.finding.severity == severity; }));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SourceFinding &row = m_rows[static_cast<std::size_t>(index.row())];
    const core::Finding &f = row.finding;
    switch (role) {
    case SeverityRole:
        return static_cast<int>(f.severity);
    case MessageKeyRole:
        return QString::fromStdString(f.messageKey);
    case Qt::ToolTipRole: {
        QString tip = QString::fromStdString(f.reason) + QStringLiteral("\n\n") + location(f) + QStringLiteral("\n")
            + QString::fromStdString(row.sourcePath);
        if (!f.messageKey.empty())
            tip += QStringLiteral("\n\n") + tr("Double-click or press Enter to show the message.");
        return tip;
    }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(m_icons[static_cast<std::size_t>(f.severity)]) : QVariant();
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return static_cast<int>(f.severity);
        case LocationColumn:
            // Files in name order, lines and records in number order within a file.
            return QStringLiteral("%1\x1f%2\x1f%3")
                .arg(QString::fromStdString(f.file))
                .arg(f.line, 12, 10, QLatin1Char('0'))
                .arg(f.record + 1, 12, 10, QLatin1Char('0'));
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(f.severity);
        case LocationColumn:
            return location(f);
        case ReasonColumn:
            return QString::fromStdString(f.reason);
        case SourceColumn:
            return QFileInfo(QString::fromStdString(row.sourcePath)).fileName();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("File:line / record");
    case ReasonColumn:
        return tr("Reason");
    case SourceColumn:
        return tr("Export");
    default:
        return {};
    }
}

QString FindingsModel::severityName(core::Severity severity)
{
    switch (severity) {
    case core::Severity::Error:
        return tr("Error");
    case core::Severity::Warning:
        return tr("Warning");
    case core::Severity::Info:
        break;
    }
    return tr("Info");
}

QIcon FindingsModel::severityIcon(core::Severity severity)
{
    QIcon icon;
    for (const int size : { 16, 24, 32 })
        icon.addPixmap(drawSeverity(severity, size));
    return icon;
}

} // namespace tb::models
