#pragma once

class QWidget;

namespace Ui {

/// Shows a widget's text in the palette's quiet colour (PlaceholderText) for secondary
/// information, and keeps it so when the theme changes.
void muteText(QWidget* widget);

} // namespace Ui
