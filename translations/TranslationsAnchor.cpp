// The translations library carries only the compiled .qm resource; a static library needs one
// translation unit of its own for the resource's object files to hang on.
namespace I18n {
int translationsAnchor = 0;
}
