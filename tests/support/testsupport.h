#pragma once

#include "domain/importbatch.h"
#include "import/importer.h"
#include "input/inputsource.h"

#include <QString>
#include <QtTest>

#include <string>

namespace tb::test {

// ../shared beside the checkout (real exports written by other people), or empty when absent.
QString sharedDir();
// The path of FIXTURE under ../shared/fixtures, or empty when ../shared is absent.
QString sharedFixture(const QString &relative);
// The path of RELATIVE under ../shared/reference (tokenizer tables, reference counts), or empty when
// ../shared is absent.
QString sharedReference(const QString &relative);
// Our own synthetic fixtures: tests/data/RELATIVE in the source tree.
QString dataPath(const QString &relative);

std::string readFile(const QString &path);
// Writes CONTENT to DIR/NAME; the path, or empty when it cannot be written.
QString writeFile(const QString &dir, const QString &name, const QByteArray &content);
// An Android-layout WhatsApp chat of MESSAGES lines, one a minute from 13 January 2022 (so a day
// above 12 decides the date order), "message number I", by Ben when I is a multiple of 3, else Ana.
QByteArray whatsAppChat(int messages);

// Runs IMPORTER over INPUT and returns all it produced.
core::ImportBatch runImporter(
    const core::Importer &importer, const core::InputSource &input, const core::ImportOptions &options = {});
// Same, for one in-memory file.
core::ImportBatch runImporterOnText(const core::Importer &importer, const std::string &fileName,
    const std::string &content, const core::ImportOptions &options = {});

// Counts findings at SEVERITY; and a one-line listing of them for failure messages.
int countFindings(const core::ImportBatch &batch, core::Severity severity);
QByteArray describeFindings(const core::ImportBatch &batch);

const core::Message *findMessageByText(const core::ImportBatch &batch, const std::string &text);
const core::Message *messageByKey(const core::ImportBatch &batch, const std::string &key);
const core::Conversation *conversationByKey(const core::ImportBatch &batch, const std::string &key);
// The last entry wins, as in the store: a later one carries what the importer learnt since.
const core::Participant *participantByKey(const core::ImportBatch &batch, const std::string &key);

} // namespace tb::test

// Skips the test with a sentence when ../shared is not beside the checkout.
#define TB_REQUIRE_SHARED_FIXTURE(var, relative)                                                                       \
    const QString var = tb::test::sharedFixture(relative);                                                             \
    if (var.isEmpty())                                                                                                 \
        QSKIP("../shared/fixtures is not beside this checkout; conformance tests on real exports skipped");            \
    if (!QFileInfo::exists(var))                                                                                       \
        QSKIP(qPrintable(QStringLiteral("fixture %1 is missing from ../shared").arg(relative)));
