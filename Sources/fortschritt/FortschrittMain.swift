import FortschrittCLI

@main
struct FortschrittMain {
    static func main() async {
        await Fortschritt.main()
    }
}
