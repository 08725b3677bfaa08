global using MlCareer.Core.Common;
