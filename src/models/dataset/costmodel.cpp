#include "costmodel.h"

#include <QLocale>

namespace tb::models {

CostModel::CostModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CostModel::~CostModel() = default;

void CostModel::setEstimates(std::vector<core::CostEstimate> estimates)
{
    beginResetModel();
    m_rows = std::move(estimates);
    endResetModel();
}

int CostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::CostEstimate &e = m_rows[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ProviderColumn:
            return QString::fromStdString(e.provider);
        case ModelColumn:
            return QString::fromStdString(e.displayName.empty() ? e.modelId : e.displayName);
        case EpochsColumn:
            return e.epochsFromHeuristic ? tr("%1 (auto)").arg(e.epochs) : QString::number(e.epochs);
        case BilledColumn:
            return e.counted ? locale.toString(static_cast<qulonglong>(e.billedTokens)) : tr("not counted");
        case CostColumn:
            if (!e.costUsd)
                return tr("unknown");
            return QStringLiteral("$%1").arg(locale.toString(*e.costUsd, 'f', 2));
        case AsOfColumn:
            if (!e.price.known())
                return tr("no published price");
            return e.price.verified ? QString::fromStdString(e.price.date)
                                    : tr("%1, unverified").arg(QString::fromStdString(e.price.date));
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Price: %1 per 1M training tokens. Source: %2")
                          .arg(e.price.known() ? QStringLiteral("$%1").arg(locale.toString(*e.price.value, 'f', 2)) : tr("unknown"),
                               QString::fromStdString(e.price.source));
        if (e.limitAssumed)
            tip = tr("%1\nThe per-example limit of %2 tokens is assumed: the provider does not document it.").arg(tip).arg(e.limit);
        return tip;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == BilledColumn || index.column() == CostColumn || index.column() == EpochsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case ModelColumn:
        return tr("Model");
    case EpochsColumn:
        return tr("Epochs");
    case BilledColumn:
        return tr("Billed tokens");
    case CostColumn:
        return tr("Cost (USD)");
    case AsOfColumn:
        return tr("Price as of");
    }
    return {};
}

} // namespace tb::models
