#include "MainWindow.h"
namespace guichet {
MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}
}
