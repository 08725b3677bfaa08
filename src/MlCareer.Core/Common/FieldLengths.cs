namespace MlCareer.Core.Common;

/// <summary>Maximum text lengths, shared by validation and the database mapping.</summary>
public static class FieldLengths
{
    public const int Name = 120;
    public const int ShortText = 200;
    public const int Description = 2000;
    public const int Note = 1000;
    public const int Url = 500;
    public const int Key = 60;
    public const int Enum = 40;
    public const int Culture = 10;
    public const int Industry = 80;
    public const int Skill = 60;
}
