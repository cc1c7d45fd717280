#pragma once

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace jiuzhu::test {

// Types text the way a clerk would: Latin letters and digits as key clicks,
// Chinese as a commit from the input method (QTest::keyClicks only knows ASCII).
struct KeyboardInput
{
    static void type(QWidget* widget, const QString& text)
    {
        QString ascii;
        const auto flushAscii = [&] {
            if (!ascii.isEmpty())
                QTest::keyClicks(widget, ascii);
            ascii.clear();
        };
        for (const QChar character : text) {
            if (character.unicode() < 128) {
                ascii.append(character);
                continue;
            }
            flushAscii();
            QInputMethodEvent commit;
            commit.setCommitString(QString(character));
            QCoreApplication::sendEvent(widget, &commit);
        }
        flushAscii();
    }
};

} // namespace jiuzhu::test
