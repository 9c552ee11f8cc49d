#include "importer.h"

#include "scriptcsv/scriptcsvimporter.h"
#include "slack/slackimporter.h"
#include "twitter/twitterimporter.h"
#include "whatsapp/whatsappimporter.h"

namespace tb::core {

const std::vector<std::unique_ptr<Importer>> &allImporters()
{
    static const std::vector<std::unique_ptr<Importer>> importers = [] {
        std::vector<std::unique_ptr<Importer>> list;
        list.push_back(std::make_unique<SlackImporter>());
        list.push_back(std::make_unique<TwitterImporter>());
        list.push_back(std::make_unique<WhatsAppImporter>());
        list.push_back(std::make_unique<ScriptCsvImporter>());
        return list;
    }();
    return importers;
}

const Importer *importerById(std::string_view id)
{
    for (const auto &importer : allImporters()) {
        if (importer->id() == id)
            return importer.get();
    }
    return nullptr;
}

const Importer *detectImporter(const InputSource &input)
{
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const auto &importer : allImporters()) {
        const int score = importer->detect(input);
        if (score > bestScore) {
            best = importer.get();
            bestScore = score;
        }
    }
    return best;
}

Result<const Importer *> chooseImporter(const InputSource &input, const ImportOptions &options,
                                        const std::string &path)
{
    if (!options.format.empty()) {
        if (const Importer *importer = importerById(options.format))
            return importer;
        return Error{"unknown format '" + options.format + "'; use slack, whatsapp, twitter or script-csv"};
    }
    if (const Importer *importer = detectImporter(input))
        return importer;
    return Error{path + ": not a Slack, WhatsApp, Twitter/X or TV-script export that Tunebench recognises; pass "
                        "--format to say which it is"};
}

} // namespace tb::core
