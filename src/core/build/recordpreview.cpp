#include "build/recordpreview.h"

#include "build/buildpipeline.h"
#include "store/store.h"

#include <algorithm>

namespace tb::core {

RecordPreview previewRecord(
    const Store &store, const BuildSettings &settings, const std::string &conversationKey, std::int64_t anchorId)
{
    RecordPreview preview;
    const CatalogModel *model = chosenModel(settings);
    if (!model) {
        std::string error;
        bundledCatalog(&error);
        preview.error = "The model catalog cannot be read: " + error;
        return preview;
    }
    auto counters = accountantsFor(*model);
    if (!counters) {
        preview.error = counters.error().message;
        return preview;
    }
    preview.modelName = model->displayName.empty() ? model->id : model->displayName;
    preview.encoding = std::string(toString(model->encoding));
    const auto &counter = (*counters)[model->encoding];

    std::optional<TrainingRecord> exact, containing, first;
    std::string exactLine, containingLine, firstLine;
    auto pass = runBuildPass(store, settings, scopedTo(settings.recipeOptions(), conversationKey), nullptr,
        [&](const TrainingRecord &record, const std::string &line) {
            if (record.anchorMessageId == anchorId) {
                exact = record;
                exactLine = line;
                return false; // found: the rest of the conversation is not needed
            }
            if (!containing
                && std::find(record.messageIds.begin(), record.messageIds.end(), anchorId) != record.messageIds.end()) {
                containing = record;
                containingLine = line;
            }
            if (!first) {
                first = record;
                firstLine = line;
            }
            return true;
        });
    if (!pass) {
        preview.error = pass.error().message;
        return preview;
    }
    const TrainingRecord *record = nullptr;
    if (exact) {
        record = &*exact;
        preview.line = exactLine;
    } else if (containing) {
        record = &*containing;
        preview.line = containingLine;
        preview.note = "With these settings the selected message is part of a longer record; that record is shown.";
    } else if (first) {
        record = &*first;
        preview.line = firstLine;
        preview.note
            = "With these settings the selected message makes no record; the conversation's first record is shown.";
    } else {
        preview.note = "With these settings this conversation makes no records.";
        if (pass->unwritable > 0)
            preview.note += " The format cannot hold them: " + pass->firstUnwritable;
        return preview;
    }
    preview.found = true;
    preview.ordinal = record->ordinal;
    preview.anchorMessageId = record->anchorMessageId;
    preview.tokens = counter->record(*record, settings.format).total;
    const auto anchor = store.messagesByIds({ record->anchorMessageId });
    if (!anchor.empty())
        preview.anchorMessageKey = anchor.front().key;
    return preview;
}

} // namespace tb::core
